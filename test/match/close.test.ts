import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";
import { CLOSE, closeness } from "../../src/match/close.js";

const claimOf = (text: string) => {
  const [claim] = extractClaims({ text, publishedAt: "2025-08-20" }).claims;
  if (!claim) throw new Error(`no claim in: ${text}`);
  return claim;
};
const nvidia = claimOf(
  "Nvidia generated a record $17.1 billion from China in the financial year ending January 2025.",
);

describe("closeness of a fact-check to a claim", () => {
  it.each([
    "Nvidia made $17.1 billion from China in its last financial year",
    "Nvidia generated $17.1bn in revenue from China",
  ])("is close for a check of the same figure: %s", (factcheck) => {
    expect(closeness(nvidia, factcheck)).toBeGreaterThanOrEqual(CLOSE);
  });

  it.each([
    ["another figure for the same thing", "Nvidia made $15.4 billion from China last year"],
    ["another subject", "Huawei generated a record $17.1 billion from China"],
    ["the subject inside another word", "Nvidiaphiles generated $17.1 billion from China"],
    ["the same subject, another matter", "Nvidia chips are banned from export to Russia"],
  ])("is not close for %s", (_, factcheck) => {
    expect(closeness(nvidia, factcheck)).toBeLessThan(CLOSE);
  });
});
