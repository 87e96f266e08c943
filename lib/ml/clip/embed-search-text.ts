// placeholder: the clip helper's file replaces this at merge
// The CLIP text embedding of a search query, or null while no CLIP model is available (search
// then answers by words only and says so).

export async function embedSearchText(text: string): Promise<{ model: string; vector: Float32Array } | null> {
  void text;
  return null;
}
