// exifr ships a UMD build (Node's `main`: everything on the default export) and an ESM build
// (bundlers' `module`: named exports, a default without `sidecar`). This picks whichever has
// the functions, so the worker, Next and the tests all get the same exifr.
import * as exifrModule from 'exifr';

type Exifr = { parse: typeof exifrModule.parse; sidecar: typeof exifrModule.sidecar };

const candidates = [(exifrModule as unknown as { default?: Exifr }).default, exifrModule as unknown as Exifr];
export const exifr: Exifr = candidates.find((c) => typeof c?.sidecar === 'function' && typeof c.parse === 'function')!;
