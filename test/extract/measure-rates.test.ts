// A measure by a measure keeps both units: rain on an area, emissions by distance, a crop by the hectare.
import { describe, expect, it } from "vitest";
import { findQuantities } from "../../src/extract/index.js";

const read = (s: string) => findQuantities(s).map((q) => [q.text, q.type, q.value, q.unit]);

describe("a measure per measure", () => {
  it.each([
    [
      "The town recorded 491 litres of rain per square metre.",
      ["491 litres of rain per square metre", "measure", 491, "litre/m2"],
    ],
    [
      "Emissions were 120 grams per kilometre.",
      ["120 grams per kilometre", "measure", 120, "g/km"],
    ],
    ["Yields reached 8 tonnes a hectare.", ["8 tonnes a hectare", "measure", 8, "tonne/hectare"]],
  ])("%s", (s, quantity) => {
    expect(read(s)).toEqual([quantity]);
  });

  it.each([
    // A price by the unit keeps its currency alone.
    ["Gold rose to $2,400 an ounce.", ["$2,400", "money", 2400, "USD"]],
    // A measure by a period keeps the period.
    ["Sea levels rise 4.7mm a year.", ["4.7mm a year", "measure", 4.7, "mm/year"]],
    // Only "per" joins what is measured to its unit.
    ["He carried 20 kg of rice a mile.", ["20 kg", "measure", 20, "kg"]],
  ])("must not change: %s", (s, quantity) => {
    expect(read(s)).toContainEqual(quantity);
  });
});

describe("a measure by an area after a slash", () => {
  it.each([
    ["Yields averaged 8.2 t/ha.", ["8.2 t/ha", "measure", 8.2, "tonne/hectare"]],
    ["Farmers used 120 kg/ha of nitrogen.", ["120 kg/ha", "measure", 120, "kg/hectare"]],
  ])("%s", (s, quantity) => {
    expect(read(s)).toEqual([quantity]);
  });

  it("must not change: a speed keeps its own unit", () => {
    expect(read("Winds hit 30 km/h.")).toEqual([["30 km/h", "measure", 30, "km/h"]]);
  });
});

describe("loudness and heart rates", () => {
  it.each([
    ["Noise levels reached 95 decibels near the runway.", ["95 decibels", "measure", 95, "dB"]],
    ["It measured 85dB at the fence.", ["85dB", "measure", 85, "dB"]],
    ["The patient's heart rate reached 180bpm.", ["180bpm", "measure", 180, "bpm"]],
    [
      "Her resting heart rate is 60 beats per minute.",
      ["60 beats per minute", "measure", 60, "bpm"],
    ],
  ])("are measures: %s", (s, quantity) => {
    expect(read(s)).toEqual([quantity]);
  });
});

describe("a price by the night", () => {
  it.each([
    [
      "Kyoto will raise its tax to as much as ¥10,000 a night.",
      ["as much as ¥10,000 a night", "money", 10000, "JPY/night"],
    ],
    ["Rooms cost £200 per night.", ["£200 per night", "money", 200, "GBP/night"]],
  ])("keeps the night: %s", (s, quantity) => {
    expect(read(s)).toEqual([quantity]);
  });
});
