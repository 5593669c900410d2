// `npm run bench`: every benchmark, each beside its baseline in the same process. Ratios, not timings,
// are what compare across machines.
import { benchCheckworthiness } from "./checkworthiness.bench.js";
import { benchDesk } from "./desk.bench.js";
import { benchExtract } from "./extract.bench.js";
import { benchFactchecks } from "./factchecks.bench.js";
import { benchIngest } from "./ingest.bench.js";
import { benchService } from "./service.bench.js";

for (const run of [
  benchExtract,
  benchCheckworthiness,
  benchFactchecks,
  benchIngest,
  benchService,
  benchDesk,
])
  for (const line of await run()) console.log(line);
