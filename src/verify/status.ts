// The workflow a claim moves through. Status and verdict are kept apart: status says where the work is,
// verdict what it found (and exists only once the claim is resolved).
export const STATUSES = ["new", "in_review", "resolved", "dismissed"] as const;
export type Status = (typeof STATUSES)[number];

const MOVES: Record<Status, Status[]> = {
  new: ["in_review", "dismissed"],
  in_review: ["resolved", "dismissed", "new"],
  resolved: ["in_review"],
  dismissed: ["new"],
};

/** The moves allowed from a status. */
export const allowedMoves = (from: Status): Status[] => MOVES[from];

export const canMove = (from: Status, to: Status) => from === to || MOVES[from].includes(to);
