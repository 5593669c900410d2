// `npm run bench`: every benchmark, each beside its baseline in the same process. Ratios, not timings,
// are what compare across machines.
import { benchExtract } from "./extract.bench.js";

for (const line of benchExtract()) console.log(line);
