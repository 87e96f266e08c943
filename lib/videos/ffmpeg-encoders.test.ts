import { describe, expect, it } from 'vitest';
import { parseEncoderNames } from './ffmpeg-encoders';

const LISTING = `Encoders:
 V..... = Video
 A..... = Audio
 ------
 V..... gif                  GIF (Graphics Interchange Format)
 V....D libwebp_anim         libwebp WebP image (codec webp)
 A..... aac                  AAC (Advanced Audio Coding)
`;

describe('parseEncoderNames', () => {
  it('reads the names below the legend, not the legend itself', () => {
    expect([...parseEncoderNames(LISTING)]).toEqual(['gif', 'libwebp_anim', 'aac']);
  });

  it('finds nothing in a build without the list', () => {
    expect(parseEncoderNames('').size).toBe(0);
  });
});
