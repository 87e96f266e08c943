// How a picture's numbers are meant: which primaries (sRGB or a wider gamut such as Display P3)
// and which transfer curve (ordinary SDR, or HDR's PQ / HLG). libvips decodes a 10-bit HDR
// AVIF to 16-bit numbers but ignores its nclx colour box, and libheif's WASM build hands back
// bare RGB without the ICC profile: read as sRGB either way, a P3 picture looks dull and a PQ
// one looks flat and grey. We read the boxes ourselves and render accordingly.

export type Transfer = 'sdr' | 'pq' | 'hlg';

export interface ColourEncoding {
  /** Display P3 (or wider) primaries: the derived images stay P3 and carry its profile. */
  wide: boolean;
  transfer: Transfer;
  /** The numbers already are Display P3 (its ICC profile): they can pass through untouched. */
  displayP3?: boolean;
}

export const SDR: ColourEncoding = { wide: false, transfer: 'sdr' };

// ISO/IEC 23091-2 code points.
const WIDE_PRIMARIES = new Set([9, 11, 12]); // BT.2020, DCI-P3, Display P3
const TRANSFERS: Record<number, Transfer> = { 16: 'pq', 18: 'hlg' };

/** The nclx colour box of an ISO-BMFF picture (HEIF, AVIF), if any: it sits in the meta box up front. */
export function nclxOf(file: Buffer): { primaries: number; transfer: number } | null {
  if (file.length < 12 || file.toString('latin1', 4, 8) !== 'ftyp') return null;
  const head = file.subarray(0, Math.min(file.length, 256 * 1024));
  const at = head.indexOf('colrnclx', 0, 'latin1');
  if (at < 0 || at + 14 > head.length) return null;
  return { primaries: head.readUInt16BE(at + 8), transfer: head.readUInt16BE(at + 10) };
}

/** The chromaticity (x, y) of an RGB primary's XYZ tag in an ICC profile, if present. */
function primaryOf(icc: Buffer, signature: 'rXYZ' | 'gXYZ'): { x: number; y: number } | null {
  if (icc.length < 132) return null;
  const count = icc.readUInt32BE(128);
  for (let i = 0; i < count && 132 + i * 12 + 12 <= icc.length; i++) {
    const entry = 132 + i * 12;
    if (icc.toString('latin1', entry, entry + 4) !== signature) continue;
    const offset = icc.readUInt32BE(entry + 4);
    if (offset + 20 > icc.length || icc.toString('latin1', offset, offset + 4) !== 'XYZ ') return null;
    const [X, Y, Z] = [0, 1, 2].map((k) => icc.readInt32BE(offset + 8 + k * 4) / 65536);
    const sum = X + Y + Z;
    return sum > 0 ? { x: X / sum, y: Y / sum } : null;
  }
  return null;
}

/**
 * Whether a matrix ICC profile has primaries clearly outside sRGB's: Display P3's red
 * (x ≈ 0.68 against sRGB's 0.65, D50-adapted), Adobe RGB's and P3's green (y ≈ 0.70 / 0.67
 * against 0.60). Read from the primaries rather than the description, which can be anything
 * (sharp's own P3 profile calls itself "sP3C").
 */
export function isWideGamutProfile(icc: Buffer | undefined): boolean {
  if (!icc) return false;
  const red = primaryOf(icc, 'rXYZ');
  const green = primaryOf(icc, 'gXYZ');
  return (red !== null && red.x > 0.665) || (green !== null && green.y > 0.635);
}

/** Display P3 (the iPhone's and sharp's own profile): red x ≈ 0.681, green y ≈ 0.675, D50-adapted. */
function isDisplayP3Profile(icc: Buffer | undefined): boolean {
  if (!icc) return false;
  const red = primaryOf(icc, 'rXYZ');
  const green = primaryOf(icc, 'gXYZ');
  return red !== null && green !== null && Math.abs(red.x - 0.6815) < 0.005 && Math.abs(green.y - 0.6747) < 0.005;
}

export function colourEncodingOf(file: Buffer, icc: Buffer | undefined): ColourEncoding {
  const nclx = nclxOf(file);
  if (nclx) return { wide: WIDE_PRIMARIES.has(nclx.primaries) || isWideGamutProfile(icc), transfer: TRANSFERS[nclx.transfer] ?? 'sdr' };
  return { wide: isWideGamutProfile(icc), transfer: 'sdr', displayP3: isDisplayP3Profile(icc) };
}

// HDR → SDR. The picture's reference white (203 cd/m² for PQ, per ITU-R BT.2408; 75 % signal
// for HLG) becomes SDR white; brighter highlights are rolled off smoothly instead of clipped.
const PQ = { m1: 2610 / 16384, m2: (2523 / 4096) * 128, c1: 3424 / 4096, c2: (2413 / 4096) * 32, c3: (2392 / 4096) * 32 };
const REFERENCE_WHITE_NITS = 203;
const KNEE = 0.75;

function pqToNits(signal: number): number {
  const p = Math.pow(signal, 1 / PQ.m2);
  return 10000 * Math.pow(Math.max(p - PQ.c1, 0) / (PQ.c2 - PQ.c3 * p), 1 / PQ.m1);
}

function hlgToRelative(signal: number): number {
  const a = 0.17883277;
  const b = 1 - 4 * a;
  const c = 0.5 - a * Math.log(4 * a);
  const linear = signal <= 0.5 ? (signal * signal) / 3 : (Math.exp((signal - c) / a) + b) / 12;
  return linear / hlgWhite;
}
const hlgWhite = (Math.exp((0.75 - (0.5 - 0.17883277 * Math.log(4 * 0.17883277))) / 0.17883277) + (1 - 4 * 0.17883277)) / 12;

function rollOff(x: number): number {
  if (x <= KNEE) return x;
  const t = (x - KNEE) / (1 - KNEE);
  return KNEE + (1 - KNEE) * (t / (1 + t));
}

function srgbEncode(linear: number): number {
  return linear <= 0.0031308 ? 12.92 * linear : 1.055 * Math.pow(linear, 1 / 2.4) - 0.055;
}

/** A 65536-entry table from a 16-bit HDR signal to a 16-bit SDR one (sRGB curve, same primaries). */
function hdrToSdrTable(transfer: Exclude<Transfer, 'sdr'>): Uint16Array {
  const table = new Uint16Array(65536);
  for (let i = 0; i < 65536; i++) {
    const signal = i / 65535;
    const relative = transfer === 'pq' ? pqToNits(signal) / REFERENCE_WHITE_NITS : hlgToRelative(signal);
    table[i] = Math.round(srgbEncode(rollOff(relative)) * 65535);
  }
  return table;
}

/** Tone-maps 16-bit HDR pixels in place (every channel but alpha). */
export function toneMapInPlace(pixels: Uint16Array, channels: number, transfer: Exclude<Transfer, 'sdr'>): void {
  const table = hdrToSdrTable(transfer);
  const colour = channels === 4 || channels === 2 ? channels - 1 : channels;
  for (let i = 0; i < pixels.length; i += channels) {
    for (let c = 0; c < colour; c++) pixels[i + c] = table[pixels[i + c]];
  }
}
