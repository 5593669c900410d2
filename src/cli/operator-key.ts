// `npm run operator-key`: mints a new operator key in the database the server uses (DATABASE_URL, as
// `npm start` reads it) and prints it once. The way back in when the operator key is lost; rotating
// FACTDESK_ADMIN_KEY later does not revoke keys minted here — revoke them by hand when done.
import { openDatabase } from "../store/node-database.js";
import { mintOperatorKey } from "../store/organizations.js";

const url = process.env.DATABASE_URL ?? "file:./data/factdesk.db";
try {
  const { db, close } = await openDatabase(url, process.env.DATABASE_AUTH_TOKEN);
  const key = await mintOperatorKey(db);
  close();
  process.stderr.write(`operator key for ${url} (shown once; it manages organisations):\n`);
  process.stdout.write(`${key}\n`);
} catch (e) {
  process.stderr.write(`operator-key: ${(e as Error).message}\n`);
  process.exit(1);
}
