// What a whole story says that reading one sentence's figures depends on: whether it names a currency
// anywhere, counts goods sold, or is set in South Africa. Read once a story.
import { namesCurrency } from "../currency.js";
import { namesSouthAfrica, type StoryFacts } from "./reading.js";
import { countsGoods } from "./sentence-money.js";

export const storyFacts = (text: string): StoryFacts => ({
  namesCurrency: namesCurrency(text),
  countsGoods: countsGoods(text),
  inSouthAfrica: namesSouthAfrica(text),
});
