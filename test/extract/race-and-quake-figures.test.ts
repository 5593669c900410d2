// Figures of sports reports, earthquakes and currency markets, read on news the extractor had not seen:
// race times and the events they were run in, a quake's magnitude with its scale left out, odds in words,
// a currency quoted in another's cents. Each table holds phrasings that must read the new way and ones
// that must not change.
import { describe, expect, it } from "vitest";
import { findQuantities } from "../../src/extract/index.js";

const read = (s: string) =>
  findQuantities(s).map((q) => ({ text: q.text, type: q.type, value: q.value, unit: q.unit }));
const one = (s: string, text: string) => read(s).find((q) => q.text === text);

describe("race times and events", () => {
  it.each([
    ["Summer McIntosh won the 400m individual medley in 4:27.71.", "4:27.71", 267.71],
    ["She ran the 10,000m in 29:45.3 to take bronze.", "29:45.3", 1785.3],
    ["He won the 1500m in 3:28.32, an Olympic record.", "3:28.32", 208.32],
    // Must not change: hours, minutes and seconds.
    ["Kiptum ran 2:00:35 in Chicago.", "2:00:35", 7235],
  ])("minutes, seconds and hundredths are a duration in seconds: %s", (s, text, value) => {
    expect(one(s, text)).toEqual({ text, type: "duration", value, unit: "second" });
  });

  it.each([
    ["Kyle Chalmers took silver in 47.48, with David Popovici third in 47.49.", "47.48", 47.48],
    ["Kyle Chalmers took silver in 47.48, with David Popovici third in 47.49.", "47.49", 47.49],
    ["Jamaica's Shericka Jackson won in 21.41.", "21.41", 21.41],
  ])("a bare time after a medal or a place is seconds: %s (%s)", (s, text, value) => {
    expect(one(s, text)).toEqual({ text, type: "duration", value, unit: "second" });
  });

  it.each([
    ["He finished second in 12.50% of races.", "12.50%", "percent"],
    ["She came third in 2.35 million votes cast.", "2.35 million", "count"],
  ])("must not change: a place before another amount: %s", (s, text, type) => {
    expect(one(s, text)).toMatchObject({ type });
  });

  it.each(["The meeting starts at 9:30 on Monday.", "Trains left at 10:45 and 11:15."])(
    "must not change: a time of day is no duration: %s",
    (s) => {
      expect(read(s).filter((q) => q.type === "duration")).toEqual([]);
    },
  );

  it.each([
    ["The 19-year-old took 0.40sec off the mark he set in Doha.", "0.40sec", 0.4, "second"],
    ["She finished 1.5secs ahead of the field.", "1.5secs", 1.5, "second"],
    ["The driver was given a 5min penalty.", "5min", 5, "minute"],
    ["The strike lasted 24hrs.", "24hrs", 24, "hour"],
    // Must not change: the unit apart from its number.
    ["He was 0.2 seconds slower than in the heats.", "0.2 seconds", 0.2, "second"],
  ])("a short unit fused to its number is read: %s", (s, text, value, unit) => {
    expect(one(s, text)).toEqual({ text, type: "duration", value, unit });
  });

  it.each([
    ["Summer McIntosh won the 400m individual medley in 4:27.71.", "400m"],
    ["Pan Zhanle won the men's 100m freestyle on Wednesday.", "100m"],
    ["She set a world record in the 200m individual medley.", "200m"],
  ])("a distance before its event is metres, not millions: %s", (s, text) => {
    expect(one(s, text)).toMatchObject({ type: "measure", unit: "m" });
  });

  it("must not change: money raised is millions", () => {
    expect(one("The start-up raised £400m in new funding.", "£400m")).toMatchObject({
      type: "money",
      value: 400e6,
    });
  });
});

describe("ordinals after a possessive noun", () => {
  it.each([
    ["It was the country's 12th gold of the Games.", "12th", 12],
    ["Federer's 20th grand slam title came in 2018.", "20th", 20],
    // Must not change: after a determiner.
    ["She won her 12th title.", "12th", 12],
  ])("rank: %s", (s, text, value) => {
    expect(one(s, text)).toMatchObject({ type: "rank", value });
  });

  it("must not change: a possessive before a period is no rank", () => {
    expect(read("Toyota's 3rd quarter profit rose.").filter((q) => q.type === "rank")).toEqual([]);
  });
});

describe("earthquakes", () => {
  it.each([
    ["The region was last hit in August, when a 6.1 earthquake damaged hundreds of homes.", "6.1"],
    ["A 5.2 tremor shook the city before dawn.", "5.2"],
    ["It was followed by a 4.9 aftershock.", "4.9"],
    // The scale named before the first of two readings names the second too.
    [
      "In February 2023, two earthquakes of magnitude 7.8 and 7.5 killed more than 53,000 people.",
      "7.5",
    ],
    ["The quake, of magnitude 6.9 or 7.0, struck at dawn.", "7.0"],
    // Must not change: the scale named.
    ["A magnitude 6.4 earthquake struck western Turkey.", "6.4"],
  ])("a reading on the earthquake scale is a magnitude: %s", (s, text) => {
    expect(one(s, text)).toMatchObject({ type: "measure", unit: "magnitude" });
  });

  it.each([
    ["There were 23 earthquakes in the region last year.", "23"],
    ["Two quakes hit the island, killing 4 people.", "4"],
  ])("must not change: earthquakes counted stay counts: %s", (s, text) => {
    expect(one(s, text)).toMatchObject({ type: "count" });
  });
});

describe("odds in words", () => {
  it.each([
    ["Markets had priced in a roughly one-in-four chance of a hike.", "roughly one-in-four", 0.25],
    ["Forecasters gave a one-in-three chance of rain.", "one-in-three", 1 / 3],
    // Must not change: the words apart.
    ["One in five adults smoke.", "One in five", 0.2],
  ])("one in N, hyphenated or not, is a ratio: %s", (s, text, value) => {
    expect(one(s, text)).toMatchObject({ type: "ratio" });
    expect(one(s, text)!.value).toBeCloseTo(value);
  });

  it("a one-in-100-year flood is how often, not what share", () => {
    expect(read("It was a one-in-100-year flood.").filter((q) => q.type === "ratio")).toEqual([]);
  });
});

describe("a currency quoted in another's cents", () => {
  it.each([
    ["The Australian dollar edged up to 66.8 US cents.", "66.8 US cents", 0.668, "USD"],
    ["The euro fell to 108.5 U.S. cents.", "108.5 U.S. cents", 1.085, "USD"],
    ["A stamp costs 50 euro cents.", "50 euro cents", 0.5, "EUR"],
    ["Ghana's debt reached GH¢ 600 billion.", "GH¢ 600 billion", 600e9, "GHS"],
    // Must not change: cents alone.
    ["Fares rose 20 cents.", "20 cents", 0.2, "USD"],
  ])("is money in that currency: %s", (s, text, value, unit) => {
    expect(one(s, text)).toMatchObject({ type: "money", unit });
    expect(one(s, text)!.value).toBeCloseTo(value);
  });
});

describe("an age at a life's event", () => {
  it.each([
    ["She won the Marguerite Long competition at 22.", "22", 22],
    ["He retired at 35, after 14 seasons.", "35", 35],
    ["She married at 19 and had three children.", "19", 19],
    ["He left school at 16 to work in a mine.", "16", 16],
  ])("is an age: %s", (s, text, value) => {
    expect(one(s, text)).toEqual({ text, type: "duration", value, unit: "year" });
  });

  it.each([
    ["Shares closed at 22.", "22"],
    ["Shares closed at 22 to end the week.", "22"],
    ["The team finished the season at 22 and lost.", "22"],
  ])("must not change: a level is no age: %s", (s, text) => {
    expect(one(s, text)).toMatchObject({ type: "count" });
  });
});

describe("by how much, then to what", () => {
  const roles = (s: string) => findQuantities(s).map((q) => [q.text, q.role ?? null]);
  it("a change and the level it reached, the verb further back", () => {
    expect(
      roles(
        "Apple unveiled its iPhone 17 line-up on Tuesday, raising the starting price of its Pro model by $100 to $1,099.",
      ),
    ).toEqual([
      ["$100", null],
      ["$1,099", "to"],
    ]);
  });

  it.each([
    "Analysts said the moves could boost the company's value by 5% to 10%.",
    "Severance payments will reduce its operating income by $3 million to $4 million.",
  ])("must not change: two figures of like size are a range: %s", (s) => {
    expect(roles(s).map(([, role]) => role)).toEqual(["low", "high"]);
  });
});

describe("from one figure to another, weighed", () => {
  it("the second is where the first went", () => {
    const roles = findQuantities("Its majority was cut from 14,696 to just 1,204.").map(
      (q) => q.role,
    );
    expect(roles).toEqual(["from", "to"]);
  });
});
