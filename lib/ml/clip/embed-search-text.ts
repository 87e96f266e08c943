// The vector of a search's words, for semantic search (lib/search calls this in the web
// process). null while the model is not on this machine yet: search then answers without the
// semantic part. Recent queries are kept (people page through, refine and come back), so
// a repeated search costs no model run.
import { clipModelId, loadClipText } from './clip-model';
import { embedTexts } from './embed-texts';

const REMEMBERED = 300;
const recent = new Map<string, Float32Array>();

export async function embedSearchText(text: string): Promise<{ model: string; vector: Float32Array } | null> {
  // CLIP's tokenizer lowercases and splits on whitespace: these spellings are the same query.
  const words = text.trim().replace(/\s+/g, ' ').toLowerCase();
  const model = clipModelId();
  const key = `${model}\n${words}`;
  const known = recent.get(key);
  if (known) {
    recent.delete(key); // re-inserted: a Map iterates oldest first, which makes it an LRU
    recent.set(key, known);
    return { model, vector: Float32Array.from(known) };
  }
  const loaded = await loadClipText();
  if (!loaded.ok) return null;
  const [vector] = await embedTexts(loaded.model, [words]);
  recent.set(key, vector);
  if (recent.size > REMEMBERED) recent.delete(recent.keys().next().value as string);
  return { model: loaded.model.id, vector: Float32Array.from(vector) };
}
