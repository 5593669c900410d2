import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";
import { opens, wordGate } from "../../src/extract/word-gates.js";

describe("word gates: one walk over a text says which rules' words stand in it", () => {
  const saying = wordGate("said|says|think(?!\\s+tank)");
  const fiscal = wordGate("fiscal|financial");

  it("opens on any of its words, in any case, wherever it stands", () => {
    expect(opens(saying, "Sales rose 5%, the company said.")).toBe(true);
    expect(opens(saying, "SAID the chief executive")).toBe(true);
    expect(opens(fiscal, "Its Fiscal year ends in June")).toBe(true);
    expect(opens(fiscal, "Its financial-year profit rose")).toBe(true);
  });

  it("stays shut when none of its words stands alone", () => {
    expect(opens(saying, "Sales rose 5% in March.")).toBe(false);
    expect(opens(saying, "The saidness of it")).toBe(false);
    expect(opens(fiscal, "Fiscally, the year was strong")).toBe(false);
  });

  it("answers each gate of the same text apart", () => {
    const s = "The fiscal year ended in March.";
    expect(opens(fiscal, s)).toBe(true);
    expect(opens(saying, s)).toBe(false);
  });

  it("reads a lexicon alternation's words without what looks around them", () => {
    expect(opens(saying, "We think sales will rise")).toBe(true);
  });

  it("refuses a word that is not letters only, which a walk over words could never find", () => {
    expect(() => wordGate("vs.")).toThrow(/letters only/);
    expect(() => wordGate("sign[ -]?up")).toThrow(/letters only/);
  });
});

describe("gated rules read the same as ungated ones", () => {
  // Each line below is read by a rule behind a gate; the gate's words stand in it, in another case or
  // beside punctuation, and the rule still fires.
  it("a financial year told once dates the quarters named after it", () => {
    const { claims } = extractClaims({
      text: "Calder's financial year ends on 31 March. Its revenue rose 8% to $4.1 billion in the third quarter.",
      publishedAt: "2025-05-20",
    });
    const q = claims.find((c) => c.text.includes("third quarter"));
    expect(q?.time).toMatchObject({ start: "2024-10-01", end: "2024-12-31" });
  });

  it("a refusal to comment is no claim, whatever its case", () => {
    const text =
      "Revenue rose 9% to $2.1 billion in 2024, the company said. NVIDIA DECLINED TO COMMENT.";
    const { claims, ignored } = extractClaims({
      text,
      publishedAt: "2025-05-20",
    });
    expect(claims).toHaveLength(1);
    const refusal = ignored.find((i) => text.slice(i.span.start).startsWith("NVIDIA DECLINED"));
    expect(refusal?.detail).toBe("no_assertion");
  });
});

describe("opening gates: a word opening with one of the gate's three letters", () => {
  const month = wordGate("", "Jan|Feb|Sept");
  it("opens on any word that opens so, and on no other", () => {
    expect(opens(month, "on Jan. 5")).toBe(true);
    expect(opens(month, "in FEBRUARY")).toBe(true);
    expect(opens(month, "by September 30")).toBe(true);
    expect(opens(month, "by the 30th of Se")).toBe(false);
    expect(opens(month, "in March")).toBe(false);
  });
  it("refuses an opening shorter than three letters", () => {
    expect(() => wordGate("", "Ja")).toThrow(/three letters/);
  });
});
