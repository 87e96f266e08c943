export function contentSecurityPolicy(options: { scriptSrc: string; dev: boolean }): string;
