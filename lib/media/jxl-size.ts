// The pixel size a JPEG XL file declares, read from its SizeHeader (ISO/IEC 18181-1 §A.2)
// before any decoding: a small file can declare a huge image, and the WASM decoder would
// allocate it all. A bare codestream starts FF 0A; the container keeps the codestream in a
// `jxlc` box, or split over `jxlp` boxes (each with a 4-byte index first).

class BitReader {
  private bit = 0;
  constructor(private readonly bytes: Buffer) {}

  read(count: number): number {
    let value = 0;
    for (let i = 0; i < count; i++, this.bit++) {
      const byte = this.bytes[this.bit >> 3];
      if (byte === undefined) throw new RangeError('JPEG XL header cut short');
      value += ((byte >> (this.bit & 7)) & 1) * 2 ** i; // least significant bit first
    }
    return value;
  }

  /** U32(Bits(9)+1, Bits(13)+1, Bits(18)+1, Bits(30)+1): the size distribution of a dimension. */
  dimension(): number {
    return this.read([9, 13, 18, 30][this.read(2)]) + 1;
  }
}

const RATIOS: [number, number][] = [[1, 1], [12, 10], [4, 3], [3, 2], [16, 9], [5, 4], [2, 1]];

function codestreamOf(file: Buffer): Buffer | null {
  if (file[0] === 0xff && file[1] === 0x0a) return file;
  for (let at = 0; at + 8 <= file.length; ) {
    let size = file.readUInt32BE(at);
    const type = file.toString('latin1', at + 4, at + 8);
    let header = 8;
    if (size === 1 && at + 16 <= file.length) {
      size = Number(file.readBigUInt64BE(at + 8));
      header = 16;
    }
    if (type === 'jxlc') return file.subarray(at + header, size ? at + size : undefined);
    if (type === 'jxlp') return file.subarray(at + header + 4, size ? at + size : undefined);
    if (size === 0 || size < header) return null;
    at += size;
  }
  return null;
}

export function jxlDimensions(file: Buffer): { width: number; height: number } | null {
  const stream = codestreamOf(file);
  if (!stream || stream[0] !== 0xff || stream[1] !== 0x0a) return null;
  try {
    const bits = new BitReader(stream.subarray(2));
    const small = bits.read(1) === 1;
    const height = small ? (bits.read(5) + 1) * 8 : bits.dimension();
    const ratio = bits.read(3);
    if (ratio > 0) {
      const [num, den] = RATIOS[ratio - 1];
      return { width: Math.floor((height * num) / den), height };
    }
    return { width: small ? (bits.read(5) + 1) * 8 : bits.dimension(), height };
  } catch {
    return null;
  }
}
