// The calibrated near-duplicate threshold for photo pHashes (docs/ml.md "Duplicates"): on the
// corpus, resized and re-encoded copies are 0–4 bits away, 3 % crops and burst-like shots ≤ 10
// (most ≤ 8), while distinct photos are ≥ 16 apart (median 32). 8 keeps a margin of 8 bits from
// the closest distinct pair and lets the index group 1,000,000 hashes within seconds (10 would
// catch 6 % more of the 5 %-crops but cost the index 7× the probes).
export const PHOTO_DUPLICATE_DISTANCE = 8;
