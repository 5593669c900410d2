// Which characters of a sentence are taken by what was found so far. Checking a span costs its length,
// never the number of spans found before it, so a sentence of 100,000 figures stays linear.
export class Cover {
  private readonly taken: Uint8Array;

  constructor(length: number) {
    this.taken = new Uint8Array(length + 1);
  }

  take(start: number, end: number): void {
    this.taken.fill(1, Math.max(0, start), end);
  }

  overlaps(start: number, end: number): boolean {
    for (let i = Math.max(0, start); i < end; i++) if (this.taken[i]) return true;
    return false;
  }
}

/** Spans found so far, asked whether one of them holds a given span whole: a Fenwick tree of the
 *  furthest end reached from each start, so each question costs log n, not the number of spans. */
export class Containers {
  private readonly reach: Int32Array;

  constructor(length: number) {
    this.reach = new Int32Array(length + 2);
  }

  add(start: number, end: number): void {
    for (let i = start + 1; i < this.reach.length; i += i & -i) if (this.reach[i]! < end) this.reach[i] = end;
  }

  /** Whether a span found so far starts at or before `start` and ends at or after `end`. */
  holds(start: number, end: number): boolean {
    let furthest = 0;
    for (let i = Math.min(start + 1, this.reach.length - 1); i > 0; i -= i & -i) if (this.reach[i]! > furthest) furthest = this.reach[i]!;
    return furthest >= end;
  }
}
