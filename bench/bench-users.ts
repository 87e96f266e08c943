// The two users the timeline benchmark seeds and measures.
export const BENCH_USERS = { main: 'bench-main@example.test', second: 'bench-second@example.test' };
