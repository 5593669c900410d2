// Deterministic corpora for the benchmarks: fact-checks as a fact-checker's archive holds them, and news
// stories about many different companies and places (our fixture stories with their names replaced).
import { readFileSync } from "node:fs";

// A deterministic corpus: claims built from subjects, verbs, figures and periods, like a fact-checker's.
const SUBJECTS = [
  "Nvidia",
  "Huawei",
  "The government",
  "Acme Corp",
  "The city council",
  "Tencent",
  "The central bank",
  "Shell",
];
const VERBS = ["raised", "spent", "lost", "earned", "cut", "paid", "borrowed", "exported"];
const OBJECTS = [
  "on chips",
  "in taxes",
  "from China",
  "on housing",
  "in fines",
  "on defence",
  "in revenue",
  "in subsidies",
];
const rng = (seed: number) => () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

export function factcheckCorpus(n: number) {
  const r = rng(20261202);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  return Array.from({ length: n }, (_, i) => {
    const claim = `${pick(SUBJECTS)} ${pick(VERBS)} $${(1 + r() * 99).toFixed(1)} billion ${pick(OBJECTS)} in ${2000 + (i % 25)}.`;
    return {
      url: `https://factchecks.example/${i}`,
      claimReviewed: claim,
      title: `Did ${claim.slice(0, -1).toLowerCase()}?`,
      publisher: "Bench Checks",
      datePublished: "2025-01-01",
      ratingLabel: "False",
      ratingValue: 1,
      bestRating: 5,
      worstRating: 1,
      claimant: null,
      claimDate: null,
      appearances: [],
    };
  });
}

const fixture = (name: string) =>
  readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url), "utf8");

/** ~7 KB and ~45 claims: two of our fixture stories and a narrative one. */
export const STORY = ["steel-merger.txt", "port-strike.txt", "harbour-history.txt"]
  .map(fixture)
  .join("\n");

// The story's names, each replaced by a made-up one per article, so stored claims are about many subjects.
const NAMES = [
  "Northgate",
  "Calder",
  "Valmont",
  "Meridian",
  "Carden",
  "Alvarez",
  "Brightwater",
  "Marsh",
];
const SYLLABLES = [
  "kal",
  "vor",
  "bren",
  "moor",
  "tash",
  "ell",
  "dun",
  "rix",
  "sol",
  "wen",
  "ard",
  "ney",
];

/** The n-th of `pool` made-up names: two articles share a subject only when they draw the same name. */
function madeUpName(n: number): string {
  const a = SYLLABLES[n % SYLLABLES.length]!;
  const b = SYLLABLES[Math.floor(n / SYLLABLES.length) % SYLLABLES.length]!;
  const c = SYLLABLES[Math.floor(n / SYLLABLES.length ** 2) % SYLLABLES.length]!;
  const name = `${a}${b}${c}`;
  return name[0]!.toUpperCase() + name.slice(1);
}

/** `n` stories whose names are drawn from a pool of `pool` made-up ones. */
export function newsArticles(n: number, pool = 1000, seed = 7): string[] {
  const r = rng(seed);
  return Array.from({ length: n }, () => {
    let text = STORY;
    for (const name of NAMES) text = text.replaceAll(name, madeUpName(Math.floor(r() * pool)));
    return text;
  });
}
