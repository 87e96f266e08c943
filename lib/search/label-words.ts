// The analysis answers questions under keys like is_animal or has_text (analyses.labels). A
// searched word finds a label when the key is the word, singular or plural, after a question verb
// ("animals" finds is_animal, "dog" finds is_dog, "text" finds has_text), or a common synonym
// ("people" finds is_person). The keys are spelled out here so the lookup is one probe of the
// labels' GIN index (a scan of every analysis per word took 180 ms at 200,000 assets).

const VERBS = new Set(['is', 'has', 'a', 'an', 'of', 'the', 'in', 'with']);
const SYNONYMS: Record<string, string[]> = {
  // The analysis's questions (lib/ml/clip/questions.ts) and the words people use for them.
  person: ['people', 'person'],
  persons: ['people', 'person'],
  human: ['people', 'person'],
  humans: ['people', 'person'],
  pets: ['pet', 'animal'],
  wildlife: ['animal'],
  outside: ['outdoor'],
  nighttime: ['night'],
  meal: ['food'],
  meals: ['food'],
  receipt: ['document', 'receipt'],
  receipts: ['document', 'receipt'],
};

/** The label words (key parts) a searched word stands for. */
export function labelWordForms(word: string): string[] {
  const w = word.toLowerCase();
  if (w.length < 3 || VERBS.has(w)) return [];
  const forms = new Set([w, ...(SYNONYMS[w] ?? [])]);
  // "puppies" → puppy, but "selfies" → selfie: both are tried.
  if (w.endsWith('ies') && w.length > 4) forms.add(`${w.slice(0, -3)}y`).add(w.slice(0, -1));
  else if (/(ches|shes|sses|xes)$/.test(w)) forms.add(w.slice(0, -2));
  else if (w.endsWith('s') && !w.endsWith('ss')) forms.add(w.slice(0, -1));
  return [...forms].filter((f) => !VERBS.has(f));
}

const KEY_PREFIXES = ['', 'is_', 'has_', 'is_a_', 'has_a_'];

/** The label keys a searched word finds. */
export function labelKeysFor(word: string): string[] {
  return labelWordForms(word).flatMap((form) => KEY_PREFIXES.map((prefix) => `${prefix}${form}`));
}

/** A key as words for people ("is_animal" → "animal"). */
export function labelText(key: string): string {
  return key.split('_').filter((part) => !VERBS.has(part)).join(' ') || key;
}
