// A compile-time check that a response schema documents a DTO: what JSON.stringify makes of
// the DTO (Dates become strings) and what the schema accepts must be the same type, both ways.
// A renamed, added or removed DTO field then breaks `tsc` until the documentation follows.
import type { z } from 'zod';

/** The DTO as it travels: Dates are ISO strings, the rest is unchanged. */
export type Wire<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? Wire<U>[]
    : T extends object
      ? { [K in keyof T]: Wire<T[K]> }
      : T;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** `true` only when the schema's output and the DTO's wire form agree; use as `const x: Documents<…> = true`. */
export type Documents<S extends z.ZodType, Dto> = Same<z.output<S>, Wire<Dto>>;
