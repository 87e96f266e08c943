// A small semaphore for password hashing. Each argon2id call takes 19 MiB and tens of
// milliseconds of a core on libuv's thread pool — the pool that file reads and DNS lookups
// share — so a flood of anonymous requests that hash could starve every other request. A
// process hashes at most `size` passwords at once; others wait in line, and past `maxWaiting`
// the request is refused at once (503) instead of piling up.
import { AppError } from '@/lib/server/errors';

export class HashSlots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly size: number,
    readonly maxWaiting: number,
  ) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.size) {
      if (this.waiting.length >= this.maxWaiting) throw new AppError('unavailable', 'The server is busy. Try again in a moment.');
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running++;
    }
    try {
      return await task();
    } finally {
      // Hand the slot straight to the next in line, or free it.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }

  get queued(): number {
    return this.waiting.length;
  }
}
