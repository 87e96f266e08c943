// Synthetic CLIP-like embeddings for the vector benchmarks: unit vectors around 1,000 gaussian
// centres plus gaussian noise (within a centre cosine ≈ 0.6–0.7, across centres ≈ 0), seeded so
// every run sees the same data.
export class SyntheticVectors {
  private state = 0x9e3779b9;
  private readonly centres: Float32Array[];

  constructor(
    readonly dims: number,
    centres = 1_000,
    private readonly noise = 0.6,
  ) {
    this.centres = Array.from({ length: centres }, () => Float32Array.from({ length: dims }, () => this.gaussian()));
  }

  private uniform(): number {
    // mulberry32
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  private gaussian(): number {
    return Math.sqrt(-2 * Math.log(this.uniform() || 1e-12)) * Math.cos(2 * Math.PI * this.uniform());
  }

  /** One vector near a random centre, normalised, written at out[offset…]. */
  write(out: Float32Array, offset: number): void {
    const centre = this.centres[Math.floor(this.uniform() * this.centres.length)];
    let norm = 0;
    for (let d = 0; d < this.dims; d++) {
      const x = centre[d] + this.noise * this.gaussian();
      out[offset + d] = x;
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    for (let d = 0; d < this.dims; d++) out[offset + d] /= norm;
  }

  one(): Float32Array {
    const v = new Float32Array(this.dims);
    this.write(v, 0);
    return v;
  }

  /** `count` vectors packed row after row. */
  many(count: number): Float32Array {
    const out = new Float32Array(count * this.dims);
    for (let i = 0; i < count; i++) this.write(out, i * this.dims);
    return out;
  }
}
