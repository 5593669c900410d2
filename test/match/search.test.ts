import { describe, expect, it } from "vitest";
import { searchTerms } from "../../src/match/search.js";

describe("the words a search looks for", () => {
  it.each([
    ["#RevolutionaryWarAirports", ["revolutionary", "war", "airports"]],
    ["@SpeakerPelosi and @BetoORourke", ["speaker", "pelosi", "beto", "rourke"]],
    ["#WW3 fears", ["ww", "3", "fears"]],
    ["@lindsey_graham", ["lindsey", "graham"]],
  ])("splits hashtags and handles into their words: %s", (text, words) => {
    expect(searchTerms(text)).toEqual(words);
  });

  it("drops links, including a picture's link glued to the word before it", () => {
    expect(
      searchTerms("Hurricane #Dorianpic.twitter.com/AbC123 https://t.co/Xy7Qa9 www.example.com/x"),
    ).toEqual(["hurricane", "dorian"]);
  });

  it("keeps the words of plain text as they are, once each, without the glue of English", () => {
    expect(searchTerms("The iPhone sold 3 million units, the iPhone maker said")).toEqual([
      "iphone",
      "sold",
      "3",
      "million",
      "units",
      "maker",
    ]);
  });
});
