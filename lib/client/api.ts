// Browser-side calls to our JSON API. Errors arrive as { error: { code, message, details } }
// and become ApiError, so forms can show the message and per-field problems. The typed
// fetchers beside this file (auth-api.ts, account-api.ts, admin-api.ts, libraries-api.ts,
// assets-api.ts) are the only callers: components run them through TanStack Query.
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
    /** The error's details as sent (e.g. a 409's `existing`: the one holding a name). */
    readonly details: unknown = undefined,
  ) {
    super(message);
  }
}

/** What a value of type T becomes on the wire (JSON.stringify, then JSON.parse): dates are strings. */
export type Jsonified<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Jsonified<U>[]
    : T extends object
      ? { [K in keyof T]: Jsonified<T[K]> }
      : T;

/** The per-field messages of a failed request (a 422's details), or none. */
export function fieldErrorsOf(error: unknown): Record<string, string[]> {
  return error instanceof ApiError ? error.fieldErrors : {};
}

export async function apiFetch<T>(url: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const { json, ...rest } = init;
  const response = await fetch(url, {
    ...rest,
    headers: { ...(json !== undefined ? { 'content-type': 'application/json' } : {}), ...rest.headers },
    body: json !== undefined ? JSON.stringify(json) : rest.body,
  }).catch(() => {
    throw new ApiError(0, 'network', 'Shoebox could not be reached. Check the connection and try again.');
  });
  const body = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    const error = body?.error ?? {};
    throw new ApiError(response.status, error.code ?? 'unknown', error.message ?? `Request failed (${response.status})`, error.details?.fieldErrors, error.details);
  }
  return body as T;
}
