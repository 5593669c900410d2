// How a source bears on a claim.
export const STANCES = ["supports", "refutes", "context"] as const;
export type Stance = (typeof STANCES)[number];
