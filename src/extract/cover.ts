// Which characters of a sentence are taken by what was found so far. A sentence holds a few spans, so
// they are kept in a short list; past SMALL of them the list becomes a map of every character, where
// checking a span costs its length, never the number of spans found before it — a sentence of 100,000
// figures stays linear, and an ordinary one allocates nothing.
const SMALL = 32;

export class Cover {
  private spans: number[] = [];
  private taken: Uint8Array | null = null;

  constructor(private readonly length: number) {}

  take(start: number, end: number): void {
    if (this.taken) return void this.taken.fill(1, Math.max(0, start), end);
    this.spans.push(start, end);
    if (this.spans.length <= 2 * SMALL) return;
    this.taken = new Uint8Array(this.length + 1);
    for (let i = 0; i < this.spans.length; i += 2)
      this.taken.fill(1, Math.max(0, this.spans[i]!), this.spans[i + 1]!);
    this.spans = [];
  }

  overlaps(start: number, end: number): boolean {
    if (this.taken) {
      for (let i = Math.max(0, start); i < end; i++) if (this.taken[i]) return true;
      return false;
    }
    for (let i = 0; i < this.spans.length; i += 2)
      if (start < this.spans[i + 1]! && end > this.spans[i]!) return true;
    return false;
  }
}

/** Spans found so far, asked whether one of them holds a given span whole. Past SMALL spans, a Fenwick
 *  tree of the furthest end reached from each start answers in log n. */
export class Containers {
  private spans: number[] = [];
  private reach: Int32Array | null = null;

  constructor(private readonly length: number) {}

  add(start: number, end: number): void {
    if (!this.reach) {
      this.spans.push(start, end);
      if (this.spans.length <= 2 * SMALL) return;
      this.reach = new Int32Array(this.length + 2);
      const spans = this.spans;
      this.spans = [];
      for (let i = 0; i < spans.length; i += 2) this.add(spans[i]!, spans[i + 1]!);
      return;
    }
    for (let i = start + 1; i < this.reach.length; i += i & -i)
      if (this.reach[i]! < end) this.reach[i] = end;
  }

  /** Whether a span found so far starts at or before `start` and ends at or after `end`. */
  holds(start: number, end: number): boolean {
    if (!this.reach) {
      for (let i = 0; i < this.spans.length; i += 2)
        if (this.spans[i]! <= start && this.spans[i + 1]! >= end) return true;
      return false;
    }
    let furthest = 0;
    for (let i = Math.min(start + 1, this.reach.length - 1); i > 0; i -= i & -i)
      if (this.reach[i]! > furthest) furthest = this.reach[i]!;
    return furthest >= end;
  }
}

/** The first index in [0, n) where `before(i)` turns false, for a `before` that is true up to some index
 *  and false after it: a binary search, so looking up spans in a sentence of thousands stays linear. */
export function firstIndex(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
