export function contentSecurityPolicy(options: { scriptSrc: string; dev: boolean; imgSrc?: string }): string;
