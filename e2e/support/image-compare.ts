// Compares two pictures the way a person glancing at them would: both reduced to 16×16
// greyscale, then the mean absolute difference of their pixels (0 = identical, 255 = inverse).
import sharp from 'sharp';

async function fingerprint(image: Buffer): Promise<Buffer> {
  return sharp(image).greyscale().resize(16, 16, { fit: 'fill' }).raw().toBuffer();
}

export async function pictureDifference(a: Buffer, b: Buffer): Promise<number> {
  const [fa, fb] = await Promise.all([fingerprint(a), fingerprint(b)]);
  let sum = 0;
  for (let i = 0; i < fa.length; i++) sum += Math.abs(fa[i] - fb[i]);
  return sum / fa.length;
}

export async function rotate90(image: Buffer): Promise<Buffer> {
  return sharp(image).rotate(90).toBuffer();
}

export async function dimensions(image: Buffer): Promise<{ width: number; height: number }> {
  const meta = await sharp(image).metadata();
  return { width: meta.width ?? 0, height: meta.height ?? 0 };
}
