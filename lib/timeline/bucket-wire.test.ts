import { describe, expect, it } from 'vitest';
import { decodeBucket, encodeBucket } from './bucket-wire';
import type { TimelineBucket } from './timeline.schemas';

const bucket: TimelineBucket = {
  month: '2024-01',
  count: 3,
  id: ['0b770aa0-a42e-4057-90bf-856b2f857b32', 'ffffffff-ffff-4fff-bfff-ffffffffffff', '00000000-0000-4000-8000-000000000000'],
  ratio: [1.333, 0.75, 1.778],
  localSecond: [30 * 86400 + 3600 * 23 + 1800, 86400, 0],
  type: 'pvv',
  durationMs: [null, 61_000, 5_000],
  thumbhash: ['1QcSHQRnh493V4dIh4eXh1h4kJUI', null, 'YJqGPQw7sFlslqhFafSE+Q6oJ1h2iHB2Rw=='],
  favourite: '010',
};

describe('bucket wire format', () => {
  it('round-trips ids, types, durations, favourites and thumbhashes exactly', () => {
    const back = decodeBucket(JSON.parse(JSON.stringify(encodeBucket(bucket))));
    expect(back.id).toEqual(bucket.id);
    expect(back.type).toBe('pvv');
    expect(back.durationMs).toEqual([null, 61_000, 5_000]);
    expect(back.favourite).toBe('010');
    expect(back.thumbhash.map((t) => t && Buffer.from(t, 'base64').toString('hex'))).toEqual(
      bucket.thumbhash.map((t) => t && Buffer.from(t, 'base64').toString('hex')),
    );
  });

  it('keeps minutes and two decimals, enough for days, labels and layout', () => {
    const back = decodeBucket(encodeBucket(bucket));
    expect(back.localSecond).toEqual([30 * 86400 + 3600 * 23 + 1800, 86400, 0]);
    expect(back.ratio).toEqual([1.33, 0.75, 1.78]);
  });

  it('packs every id into 22 characters', () => {
    expect(encodeBucket(bucket).id).toHaveLength(66);
  });
});
