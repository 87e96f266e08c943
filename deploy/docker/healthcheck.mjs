// Docker HEALTHCHECK of the web role: healthy when /api/health answers 200 (the database is
// reachable). Plain Node, no tsx: it runs every 30 s and should cost little.
const port = process.env.PORT || '3000';
try {
  const response = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(4000) });
  process.exit(response.ok ? 0 : 1);
} catch {
  process.exit(1);
}
