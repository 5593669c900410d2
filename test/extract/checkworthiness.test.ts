import { readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  checkworthiness,
  scoreSentence,
  THRESHOLD,
} from "../../src/extract/checkworthiness/index.js";
import { loadModel } from "../../src/extract/checkworthiness/model.js";
import { sentenceSignals } from "../../src/extract/checkworthiness/signals.js";
import { extractClaims } from "../../src/extract/index.js";

const modelPath = new URL("../../src/extract/checkworthiness/model.json", import.meta.url);
const article = readFileSync(new URL("../fixtures/steel-merger.txt", import.meta.url), "utf8");
const lines = article.split("\n").filter(Boolean);

describe("the check-worthiness model", () => {
  it("ships as one file under 2 MB with a threshold inside 0..1", () => {
    expect(statSync(modelPath).size).toBeLessThan(2 * 1024 * 1024);
    const file = JSON.parse(readFileSync(modelPath, "utf8"));
    expect(file.format).toBe(2);
    expect(THRESHOLD).toBe(file.threshold);
    expect(THRESHOLD).toBeGreaterThan(0);
    expect(THRESHOLD).toBeLessThan(1);
  });

  it("refuses a model file written for another featurizer, naming its format", () => {
    const file = JSON.parse(readFileSync(modelPath, "utf8"));
    expect(() => loadModel({ ...file, format: 1 })).toThrow(/format 1/);
  });

  it("scores deterministically, as a probability", () => {
    const s = "Unemployment fell to 3.9 percent last year, the lowest rate since 1969.";
    const a = scoreSentence(s);
    expect(scoreSentence(s)).toEqual(a);
    expect(a.score).toBeGreaterThan(0);
    expect(a.score).toBeLessThan(1);
    expect(a.checkworthy).toBe(a.score >= THRESHOLD);
  });

  it("ranks a factual claim with figures above opinion and questions", () => {
    const claim = scoreSentence("We have cut the deficit by $1.3 trillion since 2011.").score;
    for (const other of [
      "I think we can do better as a country.",
      "What are you going to do about it?",
      "Thank you very much.",
    ]) {
      expect(claim).toBeGreaterThan(scoreSentence(other).score);
    }
  });

  it("counts what a named person or body did as check-worthy, whoever it is", () => {
    // Names the training debates never mention: the model reads them as names, not as unknown words.
    const actions = [
      "Senator Okonkwo-Bryce voted against the farm bill twice.",
      "Mayor Tindall sold the city's water utility to a private firm.",
      "Governor Haverkamp vetoed the school funding bill last spring.",
      "The Trelawney administration cut the housing budget.",
    ];
    for (const s of actions) expect(scoreSentence(s).checkworthy, s).toBe(true);
    expect(scoreSentence("We need to do better for our families.").checkworthy).toBe(false);
  });

  it("scores a short claim typed without its full stop as the sentence it is", () => {
    expect(
      scoreSentence("Unemployment is at 3.5 percent, the lowest in 50 years").checkworthy,
    ).toBe(true);
  });

  it("scores every story sentence of a page above its furniture and its rhetoric", () => {
    const furniture = [0, 1, 2, ...lines.map((_, i) => i).slice(-6)].map((i) => lines[i]!);
    const rhetoric = [
      "Ultimately, the success of the deal will depend on whether demand recovers.",
      "Only time will tell whether the bet pays off.",
      "In conclusion, Northgate's experience with the merger highlights the challenges steelmakers face in Europe.",
    ];
    const stories = [
      "Northgate Steel agreed on Tuesday to buy rival Calder Metals for $4.6 billion in cash, creating the country's second-largest steelmaker and ending a bidding contest that lasted more than six months.",
      "Steel prices fell 18% in 2023 as demand from carmakers and builders weakened, and imports from Asia rose to 4.2 million tonnes, up from 3.1 million tonnes a year earlier.",
      "Calder reported a net loss of £112m for the fiscal year ended March 31, 2024, compared with a profit of £45m the previous year.",
      "The Competition Authority blocked a similar merger in 2019, when it ruled that the combined company would control nearly 40% of the market for flat steel.",
      "Shares of Calder jumped 22.4 percent to $37.10 in early trading on Wednesday, while Northgate's stock slipped 3.5 percent.",
    ];
    const lowest = Math.min(...stories.map((s) => scoreSentence(s).score));
    for (const line of [...furniture, ...rhetoric])
      expect(scoreSentence(line).score, line).toBeLessThan(lowest);
  });

  it("keeps a conclusion with no figure below a story's plain events, however many names it drops", () => {
    const conclusion = scoreSentence(
      "In summary, Boeing's troubles with its Max jets underscore the risks American manufacturers face in China.",
    );
    const event = scoreSentence(
      "In July, Northgate chief executive Maria Lindqvist visited Berlin and received a warm welcome from officials.",
    );
    expect(conclusion.checkworthy).toBe(false);
    expect(conclusion.score).toBeLessThan(event.score);
  });

  it("is the same scorer inside extraction", () => {
    const text = "Steel prices fell 18% in 2023 as demand from carmakers and builders weakened.";
    const [claim] = extractClaims({ text, publishedAt: "2024-08-20" }).claims;
    expect(claim!.checkworthiness).toBe(checkworthiness(sentenceSignals(claim!.text)));
  });
});
