import { describe, expect, it } from 'vitest';
import { parseProgressBlock } from './run-ffmpeg-progress';

describe('parseProgressBlock', () => {
  it('reads the frame count and the output time', () => {
    expect(parseProgressBlock(['frame=48', 'fps=0.00', 'out_time_us=3200000', 'progress=continue'])).toEqual({ frame: 48, outSeconds: 3.2 });
  });

  it('treats N/A and a negative start as nothing yet', () => {
    expect(parseProgressBlock(['frame=0', 'out_time_us=N/A', 'progress=continue'])).toEqual({ frame: 0, outSeconds: 0 });
    expect(parseProgressBlock(['frame=1', 'out_time_us=-9223372036854775807'])).toEqual({ frame: 1, outSeconds: 0 });
  });
});
