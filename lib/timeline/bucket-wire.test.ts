import { describe, expect, it } from 'vitest';
import { decodeBucket, type TimelineBucketWire } from './bucket-wire';

const wire: TimelineBucketWire = {
  month: '2024-01',
  count: 3,
  // 0b770aa0-a42e-4057-90bf-856b2f857b32, ffffffff-ffff-4fff-bfff-ffffffffffff, 00000000-0000-4000-8000-000000000000
  id: 'C3cKoKQuQFeQv4VrL4V7Mg==////////T/+//////////w==AAAAAAAAQACAAAAAAAAAAA==',
  ratio: '133,75,178',
  localMinute: `${30 * 1440 + 23 * 60 + 30},1440,0`,
  type: 'pvv',
  // the second asset, and one of another view or month (ignored)
  favouriteIds: '////////T/+//////////w==C3cKoKQuQFeQv4VrL4V7Mh==',
  durationMs: '61000,5000',
  thumbhash: '1QcSHQRnh493V4dIh4eXh1h4kJUI,,YJqGPQw7sFlslqhFafSE+Q6oJ1h2iHB2Rw',
  // names may hold commas, spaces and any letter; never a slash
  fileName: 'IMG_2682.heic/Iguana, 2008.jpg/Ünterwegs 1.mov',
};

describe('decodeBucket', () => {
  it('unpacks ids, ratios, durations (videos only), minutes, hashes and file names into one entry per asset', () => {
    const b = decodeBucket(wire);
    expect(b.id).toEqual(['0b770aa0-a42e-4057-90bf-856b2f857b32', 'ffffffff-ffff-4fff-bfff-ffffffffffff', '00000000-0000-4000-8000-000000000000']);
    expect(b.ratio).toEqual([1.33, 0.75, 1.78]);
    expect(b.durationMs).toEqual([null, 61_000, 5_000]);
    expect(b.localSecond).toEqual([(30 * 1440 + 23 * 60 + 30) * 60, 86_400, 0]);
    expect(b.thumbhash).toEqual(['1QcSHQRnh493V4dIh4eXh1h4kJUI', null, 'YJqGPQw7sFlslqhFafSE+Q6oJ1h2iHB2Rw']);
    expect(b.type).toBe('pvv');
    expect(b.favourite).toBe('010');
    expect(b.fileName).toEqual(['IMG_2682.heic', 'Iguana, 2008.jpg', 'Ünterwegs 1.mov']);
  });

  it('reads an empty month', () => {
    const b = decodeBucket({ month: '2024-02', count: 0, id: '', ratio: '', localMinute: '', type: '', favouriteIds: '', durationMs: '', thumbhash: '', fileName: '' });
    expect(b.id).toEqual([]);
    expect(b.ratio).toEqual([]);
    expect(b.thumbhash).toEqual([]);
    expect(b.durationMs).toEqual([]);
    expect(b.fileName).toEqual([]);
  });

  it('keeps a month of one photo without a thumbhash', () => {
    const b = decodeBucket({ ...wire, count: 1, id: wire.id.slice(0, 24), ratio: '100', localMinute: '0', type: 'p', favouriteIds: '', durationMs: '', thumbhash: '', fileName: 'scan.tiff' });
    expect(b.thumbhash).toEqual([null]);
    expect(b.fileName).toEqual(['scan.tiff']);
    expect(b.ratio).toEqual([1]);
  });
});
