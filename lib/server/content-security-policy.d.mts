export function contentSecurityPolicy(options: { scriptSrc: string; dev: boolean; imgSrc?: string }): string;
export function everyResponseHeaders(options: { dev: boolean }): [string, string][];
