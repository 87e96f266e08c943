import { describe, expect, it } from 'vitest';
import { decodeBucket, type TimelineBucketWire } from './bucket-wire';

// 0b770aa0-a42e-4057-90bf-856b2f857b32, ffffffff-ffff-4fff-bfff-ffffffffffff, 00000000-0000-4000-8000-000000000000
const IDS = ['C3cKoKQuQFeQv4VrL4V7Mg==', '////////T/+//////////w==', 'AAAAAAAAQACAAAAAAAAAAA=='];

const wire: TimelineBucketWire = {
  month: '2024-01',
  count: 3,
  // the second asset, and one of another view or month (ignored)
  favouriteIds: `${IDS[1]}C3cKoKQuQFeQv4VrL4V7Mh==`,
  // names may hold commas, spaces and any letter; never a slash
  assets: [
    `${IDS[0]}133,${30 * 1440 + 23 * 60 + 30},,1QcSHQRnh493V4dIh4eXh1h4kJUI,IMG_2682.heic`,
    `${IDS[1]}75,1440,61000,,Iguana, 2008.jpg`,
    `${IDS[2]}178,0,5000,YJqGPQw7sFlslqhFafSE+Q6oJ1h2iHB2Rw,Ünterwegs 1.mov`,
  ].join('/'),
};

describe('decodeBucket', () => {
  it('unpacks ids, ratios, durations (videos only), minutes, hashes and file names into one entry per asset', () => {
    const b = decodeBucket(wire);
    expect(b.count).toBe(3);
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
    const b = decodeBucket({ month: '2024-02', count: 0, favouriteIds: '', assets: '' });
    expect(b.count).toBe(0);
    expect(b.id).toEqual([]);
    expect(b.ratio).toEqual([]);
    expect(b.thumbhash).toEqual([]);
    expect(b.durationMs).toEqual([]);
    expect(b.fileName).toEqual([]);
  });

  it('keeps a month of one photo without a thumbhash, and a video of unknown length', () => {
    const b = decodeBucket({ month: '2024-02', count: 2, favouriteIds: '', assets: `${IDS[0]}100,0,,,scan.tiff/${IDS[1]}100,5,0,,clip,1,2.mp4` });
    expect(b.thumbhash).toEqual([null, null]);
    expect(b.fileName).toEqual(['scan.tiff', 'clip,1,2.mp4']);
    expect(b.ratio).toEqual([1, 1]);
    expect(b.type).toBe('pv');
    expect(b.durationMs).toEqual([null, 0]);
  });

  it('joins a long thumbhash that base64 broke over lines', () => {
    const b = decodeBucket({ month: '2024-02', count: 1, favouriteIds: '', assets: `${IDS[0]}100,0,,${'A'.repeat(76)}\n${'B'.repeat(8)},x.jpg` });
    expect(b.thumbhash).toEqual([`${'A'.repeat(76)}${'B'.repeat(8)}`]);
  });
});
