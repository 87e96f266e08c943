// The two users the timeline benchmark seeds and measures.
export const BENCH_USERS = { main: 'bench-main@example.test', second: 'bench-second@example.test' };

// The three users the video catalogue benchmark seeds (bench/seed-videos.ts) and measures.
export const CATALOGUE_BENCH_USERS = {
  first: 'bench-videos-1@example.test',
  second: 'bench-videos-2@example.test',
  third: 'bench-videos-3@example.test',
};
