// Lexicons: currencies (as ISO 4217), units of measure and of time, in the forms news copy uses.

/** Currency signs and prefixes written before the amount. Longest first matters for the regex. */
export const CURRENCY_PREFIX: Record<string, string> = {
  "US$": "USD", "U.S.$": "USD", "HK$": "HKD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD",
  "NZ$": "NZD", "S$": "SGD", "NT$": "TWD", "R$": "BRL", "MX$": "MXN", "$": "USD", "£": "GBP", "€": "EUR",
  "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₦": "NGN", "Rs.": "INR", "Rs": "INR",
  "RMB": "CNY", "USD": "USD", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY", "CNY": "CNY", "CHF": "CHF",
  "INR": "INR", "HKD": "HKD", "AUD": "AUD", "CAD": "CAD", "SGD": "SGD", "KRW": "KRW", "BRL": "BRL",
  "ZAR": "ZAR", "SEK": "SEK", "NOK": "NOK", "DKK": "DKK", "MXN": "MXN", "RUB": "RUB", "TRY": "TRY",
  "Yuan": "CNY",
  // Australian and New Zealand papers put the country after the sign: "$US2.5 million", "$A1.4 billion".
  "$US": "USD", "$A": "AUD", "$NZ": "NZD",
  // AP's wire style puts "dlrs" first: "requested dlrs 50 million".
  dlrs: "USD",
};

/** Currency words written after the amount ("1.5 billion dlrs", "300 million euros"). */
export const CURRENCY_WORDS: Record<string, string> = {
  dollar: "USD", dollars: "USD", dlr: "USD", dlrs: "USD", "us dollars": "USD", "u.s. dollars": "USD",
  "us dollar": "USD", "australian dollars": "AUD", "canadian dollars": "CAD", "hong kong dollars": "HKD",
  "new zealand dollars": "NZD", "singapore dollars": "SGD", "taiwan dollars": "TWD",
  // Wire style: "282 mln Canadian dlrs", "1.23 billion H.K. Dlrs".
  "us dlrs": "USD", "u.s. dlrs": "USD", "us dlr": "USD", "u.s. dlr": "USD", "canadian dlrs": "CAD", "australian dlrs": "AUD", "h.k. dlrs": "HKD",
  "h.k. dollars": "HKD", "hong kong dlrs": "HKD", "n.z. dlrs": "NZD", "new zealand dlrs": "NZD",
  "singapore dlrs": "SGD", "taiwan dlrs": "TWD",
  euro: "EUR", euros: "EUR", pound: "GBP", pounds: "GBP", "pounds sterling": "GBP", sterling: "GBP",
  stg: "GBP", yen: "JPY", yuan: "CNY", renminbi: "CNY", rupee: "INR", rupees: "INR", won: "KRW",
  franc: "CHF", francs: "CHF", "swiss francs": "CHF", rouble: "RUB", roubles: "RUB", ruble: "RUB",
  rubles: "RUB", peso: "MXN", pesos: "MXN", real: "BRL", reais: "BRL", rand: "ZAR", lira: "TRY",
  naira: "NGN", ringgit: "MYR", baht: "THB", dirham: "AED", dirhams: "AED", riyal: "SAR", riyals: "SAR",
  shekel: "ILS", shekels: "ILS", krona: "SEK", kronor: "SEK", krone: "NOK", kroner: "NOK", cents: "USD", cent: "USD", cts: "USD",
  usd: "USD", eur: "EUR", gbp: "GBP", jpy: "JPY", cny: "CNY", chf: "CHF", inr: "INR", hkd: "HKD",
  rmb: "CNY", "chinese yuan": "CNY", "japanese yen": "JPY", "indian rupees": "INR", "mexican pesos": "MXN",
  "turkish lira": "TRY", "british pounds": "GBP", "south african rand": "ZAR", "brazilian reais": "BRL",
  pesetas: "ESP", guilders: "NLG", "dutch guilders": "NLG", markka: "FIM",
  "finnish markka": "FIM", "french francs": "FRF", "deutsche marks": "DEM", pence: "GBP", schilling: "ATS",
  schillings: "ATS", "austrian schillings": "ATS", "belgian francs": "BEF", "dutch guilder": "NLG",
  marks: "DEM", "d-marks": "DEM", "german marks": "DEM", lire: "ITL", "italian lire": "ITL", drachmas: "GRD",
  escudos: "PTE", "swedish crowns": "SEK", "danish crowns": "DKK", "norwegian crowns": "NOK",
  // Words several countries share take the country the story's lead names (currency.ts); alone, the
  // most-traded one.
  dinar: "KWD", dinars: "KWD", "kuwaiti dinars": "KWD", "jordanian dinars": "JOD", "bahraini dinars": "BHD",
  "iraqi dinars": "IQD", "tunisian dinars": "TND", "algerian dinars": "DZD", "libyan dinars": "LYD",
  "serbian dinars": "RSD", shilling: "KES", shillings: "KES", "kenyan shillings": "KES",
  "ugandan shillings": "UGX", "tanzanian shillings": "TZS", rial: "IRR", rials: "IRR", "iranian rials": "IRR",
  "omani rials": "OMR", "yemeni rials": "YER", "saudi riyals": "SAR", "qatari riyals": "QAR",
  "moroccan dirhams": "MAD", "uae dirhams": "AED", "egyptian pounds": "EGP", "lebanese pounds": "LBP",
  "syrian pounds": "SYP", "sudanese pounds": "SDG", "irish pounds": "IEP",
  "philippine pesos": "PHP", "chilean pesos": "CLP", "argentine pesos": "ARS", "colombian pesos": "COP",
  "pakistani rupees": "PKR", "sri lankan rupees": "LKR", "nepalese rupees": "NPR", "indonesian rupiah": "IDR",
  rupiah: "IDR", zloty: "PLN", zlotys: "PLN", forint: "HUF", forints: "HUF", koruna: "CZK",
  korunas: "CZK", "czech crowns": "CZK", hryvnia: "UAH", hryvnias: "UAH", tenge: "KZT", taka: "BDT",
  kyat: "MMK", cedi: "GHS", cedis: "GHS", kwacha: "ZMW", birr: "ETB", "south korean won": "KRW",
  "korean won": "KRW", "russian roubles": "RUB", "russian rubles": "RUB", "malaysian ringgit": "MYR",
  "thai baht": "THB", "nigerian naira": "NGN", "new taiwan dollars": "TWD", "danish kroner": "DKK",
  "norwegian kroner": "NOK", "swedish kronor": "SEK",
};

/** Minor units, written after the amount and worth a hundredth of the currency. */
export const MINOR_UNITS = new Set(["cents", "cent", "cts", "pence"]);

/** Currency signs that some writers put after the amount ("10 €"). */
export const CURRENCY_SUFFIX: Record<string, string> = { "€": "EUR", "$": "USD", "£": "GBP", "¥": "JPY", "元": "CNY", "₹": "INR" };

/** Units of time → singular unit name used in the contract. */
export const DURATION_UNITS: Record<string, string> = {
  year: "year", years: "year", yr: "year", yrs: "year", month: "month", months: "month", week: "week",
  weeks: "week", day: "day", days: "day", hour: "hour", hours: "hour", hr: "hour", hrs: "hour",
  minute: "minute", minutes: "minute", mins: "minute", second: "second", seconds: "second",
  decade: "decade", decades: "decade", century: "century", centuries: "century",
};

/** Units of measure → singular canonical name. */
export const MEASURE_UNITS: Record<string, string> = {
  km: "km", kilometre: "km", kilometres: "km", kilometer: "km", kilometers: "km",
  mile: "mile", miles: "mile", metre: "m", metres: "m", meter: "m", meters: "m", cm: "cm", mm: "mm",
  nm: "nm", nanometre: "nm", nanometer: "nm", nanometres: "nm", nanometers: "nm",
  foot: "ft", feet: "ft", ft: "ft", inch: "inch", inches: "inch",
  kg: "kg", kilogram: "kg", kilograms: "kg", kilo: "kg", kilos: "kg", gram: "g", grams: "g", g: "g",
  mg: "mg", milligram: "mg", milligrams: "mg", mcg: "µg", "µg": "µg", microgram: "µg", micrograms: "µg",
  ml: "ml", millilitre: "ml", millilitres: "ml", milliliter: "ml", milliliters: "ml",
  tonne: "tonne", tonnes: "tonne", ton: "ton", tons: "ton", t: "tonne", mt: "tonne", lb: "lb", lbs: "lb",
  "metric tons": "tonne", "metric ton": "tonne", "metric tonnes": "tonne", "metric tonne": "tonne",
  ounce: "oz", ounces: "oz", oz: "oz",
  barrel: "barrel", barrels: "barrel", bbl: "barrel", bpd: "barrel/day", "barrels per day": "barrel/day",
  "barrels a day": "barrel/day", litre: "litre", litres: "litre", liter: "litre", liters: "litre",
  gallon: "gallon", gallons: "gallon", bushel: "bushel", bushels: "bushel",
  "cubic metres": "m3", "cubic meters": "m3", "cubic feet": "ft3", "cubic foot": "ft3", bcm: "bcm", "square km": "km2", "square kilometres": "km2",
  "square kilometers": "km2", "square miles": "mile2", "square feet": "ft2", "sq ft": "ft2", km2: "km2",
  "square metres": "m2", "square meters": "m2", "sq m": "m2", m2: "m2",
  acre: "acre", acres: "acre", hectare: "hectare", hectares: "hectare", ha: "hectare",
  w: "W", kw: "kW", mw: "MW", gw: "GW", tw: "TW", kwh: "kWh", mwh: "MWh", gwh: "GWh", twh: "TWh",
  megawatt: "MW", megawatts: "MW", gigawatt: "GW", gigawatts: "GW", kilowatt: "kW", kilowatts: "kW",
  "°c": "°C", "°f": "°F", "degrees celsius": "°C", "degrees fahrenheit": "°F", degrees: "degree",
  mph: "mph", "miles an hour": "mph", "miles per hour": "mph", "km/h": "km/h", kph: "km/h",
  "kilometres an hour": "km/h", "kilometers an hour": "km/h", "kilometres per hour": "km/h",
  "kilometers per hour": "km/h", knots: "knot",
  gb: "GB", tb: "TB", mb: "MB", pb: "PB", gbps: "Gbps", mbps: "Mbps", ghz: "GHz", mhz: "MHz",
  calories: "calorie", kcal: "kcal", volts: "V", mah: "mAh", points: "point",
};

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** One alternation, longest keys first so "US$" wins over "$" and "barrels per day" over "barrels". */
export function alternation(keys: string[]): string {
  return [...keys].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
}
