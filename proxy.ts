// Response headers that depend on runtime configuration (HSTS under an https PUBLIC_URL) on
// every page. Headers only: who may see what is decided in handlers and pages, never here.
import { NextResponse } from 'next/server';
import { hstsHeader } from '@/lib/server/security-headers';

export function proxy(): NextResponse {
  const response = NextResponse.next();
  if (hstsHeader) response.headers.set('strict-transport-security', hstsHeader);
  return response;
}

// API routes set the same header in their handler wrapper (lib/server/http.ts); skipping them
// here saves a middleware pass per thumbnail.
export const config = { matcher: '/((?!api/|_next/static|_next/image|favicon.ico).*)' };
