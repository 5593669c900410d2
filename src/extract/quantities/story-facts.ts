// What a whole story says that reading one sentence's figures depends on: whether it names a currency
// anywhere, counts goods sold, is set in South Africa or Nigeria or is about the weather. Each is read over the story once, and only when a
// sentence first asks: most stories never need the goods or the rand, and a scan of a whole story costs
// as much as a sentence's extraction.
import { namesCurrency } from "../currency.js";
import { namesNigeria, namesSouthAfrica, namesWeather, type StoryFacts } from "./reading.js";
import { countsGoods } from "./sentence-money.js";

class LazyStoryFacts implements StoryFacts {
  private currency?: boolean;
  private goods?: boolean;
  private rand?: boolean;
  private naira?: boolean;
  private weather?: boolean;
  constructor(private readonly text: string) {}
  get namesCurrency(): boolean {
    return (this.currency ??= namesCurrency(this.text));
  }
  get countsGoods(): boolean {
    return (this.goods ??= countsGoods(this.text));
  }
  get inSouthAfrica(): boolean {
    return (this.rand ??= namesSouthAfrica(this.text));
  }
  get inNigeria(): boolean {
    return (this.naira ??= namesNigeria(this.text));
  }
  get aboutWeather(): boolean {
    return (this.weather ??= namesWeather(this.text));
  }
}

export const storyFacts = (text: string): StoryFacts => new LazyStoryFacts(text);
