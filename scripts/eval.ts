// `npm run eval [-- --verbose]`: scores the extractor on the evaluation data beside the checkout
// (../shared, or FACTDESK_SHARED). A clone without it gets a message and exit 0.
import { evalCheckworthiness } from "./eval/checkworthiness.js";
import { evalGold } from "./eval/gold.js";
import { evalRecognizers } from "./eval/recognizers.js";
import { evalRetrieval } from "./eval/retrieval.js";
import { present, SHARED } from "./eval/shared.js";
import { evalTimebank } from "./eval/timebank.js";

const verbose = process.argv.includes("--verbose");
if (!present()) {
  console.log(
    `No evaluation data at ${SHARED} (set FACTDESK_SHARED to point at it); nothing to score.`,
  );
  process.exit(0);
}
const sections: [string[], () => string[] | Promise<string[]>][] = [
  [["articles"], () => evalGold(verbose)],
  [["eval", "recognizers-text"], () => evalRecognizers(verbose)],
  [["eval", "temporal"], () => evalTimebank(verbose)],
  [["articles"], () => evalCheckworthiness()],
  [["eval", "claim-retrieval"], () => evalRetrieval("train")],
];
for (const [path, run] of sections) {
  if (!present(...path)) console.log(`(skipped: ${path.join("/")} is absent)`);
  else for (const line of await run()) console.log(line);
}
