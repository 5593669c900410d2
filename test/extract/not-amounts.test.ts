import { describe, expect, it } from "vitest";
import { findQuantities } from "../../src/extract/index.js";

// Names, dates, times, scores, codes and addresses hold digits but no amount a fact-checker would check.
describe("never amounts", () => {
  it.each([
    "The video streams in 1080p.",
    "The FTSE 100 closed higher.",
    "Delegates met at COP 28 in Dubai.",
    "Its H20 and A800 chips replaced the H800.",
    "Huawei sells CloudMatrix 384 systems.",
    "Companies like Qihoo 360 use them.",
    "It ordered the Boeing 737 and the Airbus A320.",
    "The strike halted production of the 737 MAX, 767 and 777 jets.",
    "The airline flies the 787 Dreamliner and the Galaxy S24 Ultra sells well.",
    "It will take delivery of one Boeing Co <BA.N> 747 freighter.",
    "The 3C report came out on Monday.",
    "The iPhone 15 launched quietly.",
    "3M makes tape; Formula 1 makes noise.",
    "The vote was held in 2022.",
    "The summit opened on April 7 in Paris.",
    "The meeting starts at 3 p.m. sharp.",
    "The attack began at 1500 hrs.",
    "Call +1 (555) 123-4567 for tickets.",
    "She lives at 10 Downing Street now.",
    "Arsenal won 3-1 at home.",
    "Read more at https://example.com/2024/story-123 today.",
    "The COVID-19 pandemic changed that.",
    "The 7-Eleven on Main Road opened.",
    // A fraction's digits are not amounts of their own (a fraction with a unit is: quantity-classes).
    "Version 2.1.3 shipped on 5/8.",
    "The 10K run and the 5B bus route both start here.",
    // A maturity names the instrument.
    "Investors sold 30-year bonds and bought three-month bills.",
    "The 2-year Treasury note held steady.",
    // A capitalised number word closing a name with "of".
    "It was the fastest among the Group of Seven nations.",
    "Qihoo 360 to expand into Europe.",
    // A rugby position.
    "The first five-eighth kicked the ball.",
    // An age group names a team or a people.
    "The England under-21 international joined Dortmund from Sunderland.",
    "He captained the under-17s at the World Cup.",
    // A web address names a business.
    "Flash data from property portals SRX and 99.co showed prices rose.",
    "Florist 1800flowers.com cut jobs.",
    // "one" before no scale or percentage is no amount.
    "No one was hurt when one of the cranes fell one day.",
  ])("%s", (sentence) => {
    expect(findQuantities(sentence)).toEqual([]);
  });

  it.each([
    ["The company signed a 10-year contract.", "10-year"],
    ["Homeowners on a 2-year fix face higher bills.", "2-year"],
  ])("a term that is no instrument's name stays a duration: %s", (sentence, text) => {
    expect(findQuantities(sentence)).toContainEqual(
      expect.objectContaining({ text, type: "duration" }),
    );
  });
});

describe("a number word after a name counts", () => {
  it.each([
    ["Blake stabbed Kai Mensah eight times outside a shop.", "eight", 8],
    ["She visited China three times in 2019.", "three", 3],
    ["Telerate's two independent directors rejected the offer.", "two", 2],
    // A tally after a name: "ahead of the Coalition 52 to 48".
    ["Labor is now ahead of the Coalition 52 to 48 on a two-party basis.", "52", 52],
  ])("%s", (sentence, text, value) => {
    expect(findQuantities(sentence)).toContainEqual(
      expect.objectContaining({ text, type: "count", value }),
    );
  });

  it.each([
    ["Walking 7,000 steps daily was linked to a lower risk of dementia.", "7,000", 7000],
    ["Markets Stocks: Volume 170,330,000 shares.", "170,330,000", 170330000],
  ])(
    "thousands written with a comma after a capitalised word are counted: %s",
    (sentence, text, value) => {
      expect(findQuantities(sentence)).toContainEqual(
        expect.objectContaining({ text, type: "count", value }),
      );
    },
  );

  it.each([
    ["Kenya has won the men's race in Berlin 11 times in the past 15 editions.", "11", 11],
    ["He visited China 12 times in 2024.", "12", 12],
  ])("digits after a name counting times are a count: %s", (sentence, text, value) => {
    expect(findQuantities(sentence)).toContainEqual(
      expect.objectContaining({ text, type: "count", value }),
    );
  });

  it("must not change: a name's number with no times after it", () => {
    expect(findQuantities("Windows 11 was released in 2021.")).toEqual([]);
  });

  it("a capitalised number word is part of the name", () => {
    expect(findQuantities("The Big Four firms grew.")).toEqual([]);
  });
});

describe("a model's number", () => {
  it.each([
    ["Boeing delivered 40 737 MAX jets in May.", [40]],
    ["Sales of 300 Pro-branded laptops rose.", [300]],
    ["It sold 767 jets and 777 engines.", [767, 777]],
  ])(
    "is no amount, but a count beside it, or a number with no model word, is: %s",
    (text, values) => {
      expect(findQuantities(text).map((q) => q.value)).toEqual(values);
    },
  );
});

describe("a web address's number", () => {
  it("must not change: a figure after a site's name is still an amount", () => {
    expect(
      findQuantities("Booking.com said 25.3 million room nights were sold.").map((q) => q.value),
    ).toEqual([25.3e6]);
  });
});

describe("an age group's number", () => {
  it("must not change: a measure written after 'under-' is still one", () => {
    expect(findQuantities("Temperatures fell to under-5C overnight.").map((q) => q.unit)).toEqual([
      "°C",
    ]);
  });
});
