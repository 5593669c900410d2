// Where the evaluation data lives (beside the checkout, never in it) and small scoring helpers.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

export const SHARED = resolve(
  process.env.FACTDESK_SHARED ?? join(import.meta.dirname, "../../../shared"),
);
export const present = (...parts: string[]) => existsSync(join(SHARED, ...parts));
export const readJson = <T>(...parts: string[]): T =>
  JSON.parse(readFileSync(join(SHARED, ...parts), "utf8").replace(/^\uFEFF/, "")) as T;
export const readJsonl = <T>(...parts: string[]): T[] =>
  readFileSync(join(SHARED, ...parts), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as T);

/** Values agree within 0.5 %, as the acceptance checks count them. */
export const near = (x: number, y: number) =>
  y === 0 ? x === 0 : Math.abs(x - y) / Math.abs(y) <= 0.005;
export const overlap = (a0: number, a1: number, b0: number, b1: number) =>
  Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
export const pct = (a: number, b: number) => `${a}/${b} (${b ? ((100 * a) / b).toFixed(1) : "—"}%)`;
