// A number being read as an amount (read-amount.ts, read-unit.ts, read-around.ts each read and extend one
// Reading), and the whole-sentence facts its readers ask about.
import type { QuantityType } from "../types.js";
import { opens, wordGate } from "../word-gates.js";

// "352p" is pence where the sentence is about prices, charges, shares or spending ("41p of every pound",
// gas at "98p a therm"); "1080p" on a screen is not.
const PENCE_CONTEXT =
  /£|\b(?:shares?|pence|prices?|costs?|dividends?|litre|liter|fares?|stamps?|pints?|duty|charges?|bills?|tariffs?|fees?|kWh|levy|therms?|pound|wholesale|spends?|spent|spending)\b/i;
const SCREEN = /\b(?:video|resolution|screens?|display|stream(?:ing)?|HD|camera|pixels?)\b/i;
// "40C" is a temperature only where the sentence is about heat or cold: "the 3C report" is a name.
// So is one measured against a level in degrees: "20.87C, 0.51C above the 1991-2020 average".
// A story about the climate or the weather reads "pass 1.5C" in any of its sentences so.
const WEATHER =
  /temperat|heat|warm|cold|hot\b|hott?est|weather|climate|degree|celsius|fahrenheit|frost|freez|scorch|sizzl|\dC\s+(?:above|below|higher|lower)\b/i;
/** Whether a text is about the weather or the climate, where "40C" is a temperature. */
export const namesWeather = (text: string): boolean => WEATHER.test(text);
// "R45" is rand only where the sentence is about South Africa: elsewhere R-numbers are roads and ratings.
const SOUTH_AFRICA =
  /\b(?:rand|South Africa(?:n|ns)?|Johannesburg|Cape Town|Durban|Pretoria|Soweto|Eskom|JSE|Nersa|Sars|Gauteng|Ramaphosa|Stats SA|Transnet|Sassa|SAPS|KwaZulu-Natal|Mpumalanga|Limpopo|Eastern Cape|Western Cape|Free State|Tshwane|Ekurhuleni|Gqeberha)\b/;
/** Whether a text is set in South Africa, where "R45" is rand. */
export const namesSouthAfrica = (text: string): boolean => SOUTH_AFRICA.test(text);
// "N150 billion" is naira only where the story is set in Nigeria.
const NIGERIA =
  /\b(?:naira|Nigeria(?:n|ns)?|Lagos|Abuja|Kano|Ibadan|Port Harcourt|Tinubu|Buhari|NNPC|NNPCL|Dangote|CBN|NBS|Nairametrics|Senate President Godswill Akpabio)\b/;
/** Whether a text is set in Nigeria, where "N150 billion" is naira. */
export const namesNigeria = (text: string): boolean => NIGERIA.test(text);

const AGE_WORDS = /\bage\b|-year-olds?\b/i;
const AGE = wordGate("age|old|olds");

/** What a whole story says that reading one sentence's figures depends on (story-facts.ts reads it). */
export interface StoryFacts {
  /** Only then can a bare "6.59 mln" after "exports" be money rather than vehicles or tonnes. */
  readonly namesCurrency: boolean;
  /** "sales of electric cars": a bare million sold with no money beside it is goods. */
  readonly countsGoods: boolean;
  /** "R45" is rand. */
  readonly inSouthAfrica: boolean;
  /** "N150 billion" is naira. */
  readonly inNigeria: boolean;
  /** "1.5C" is a temperature. */
  readonly aboutWeather: boolean;
}

/** Whole-sentence tests, each run at most once a sentence however many numbers ask. */
export class SentenceFacts {
  private pence?: boolean;
  private weather?: boolean;
  constructor(
    private readonly s: string,
    private readonly story?: StoryFacts,
  ) {}
  get pricedInPence(): boolean {
    return (this.pence ??= PENCE_CONTEXT.test(this.s) && !SCREEN.test(this.s));
  }
  get aboutWeather(): boolean {
    return (this.weather ??= WEATHER.test(this.s) || (this.story?.aboutWeather ?? false));
  }
  private rand?: boolean;
  get inSouthAfrica(): boolean {
    // The story's text holds the sentence's.
    return (this.rand ??= this.story ? this.story.inSouthAfrica : SOUTH_AFRICA.test(this.s));
  }
  private naira?: boolean;
  get inNigeria(): boolean {
    return (this.naira ??= this.story ? this.story.inNigeria : NIGERIA.test(this.s));
  }
  private age?: boolean;
  /** Whether the sentence says "age" or "…-year-olds": only then can a figure be an age measured. */
  get mentionsAge(): boolean {
    return (this.age ??= opens(AGE, this.s) && AGE_WORDS.test(this.s));
  }
}

export const sticky = (re: RegExp, s: string, at: number) => {
  re.lastIndex = at;
  return re.exec(s);
};

/** A number being read: where it stands, what it is worth so far, and what was found around it. */
export interface Reading {
  s: string;
  /** Written in digits (else in words). */
  digits: boolean;
  /** The number as matched: [numStart, numEnd). */
  numStart: number;
  numEnd: number;
  raw: string;
  value: number;
  numeral: number;
  start: number;
  end: number;
  type: QuantityType;
  unit: string | null;
  prefixed: boolean;
  scaled: boolean;
  /** "828m tall": the m of the scale is metres. */
  metres: boolean;
  unitFound: boolean;
  /** "£100,000+ a year": a plus read inside the amount's span, a lower bound. */
  plus?: boolean;
}
