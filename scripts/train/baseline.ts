// The plain baseline the issue anchors against: hashed lower-case word unigrams and bigrams, nothing
// else. Trained and judged the same way as the model, it shows what the extra features are worth.
import type { Features } from "../../src/extract/index.js";

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function plainNgrams(text: string, bits: number): Features {
  const f: Features = { indices: [], signs: [] };
  const words = text.toLowerCase().match(/[a-z0-9][a-z0-9']*|[$%]/g) ?? [];
  const add = (h: number) => (
    f.indices.push(h & ((1 << bits) - 1)), f.signs.push(h & 0x80000000 ? -1 : 1)
  );
  words.forEach((w, i) => {
    add(fnv(w));
    if (i > 0) add(fnv(`${words[i - 1]} ${w}`));
  });
  f.indices.push(1 << bits); // bias
  f.signs.push(1);
  return f;
}
