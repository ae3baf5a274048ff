// `npm run db:image`: writes the image of a new database (initdb and the committed migrations)
// that is shipped in db-image/ (pglite-image.ts, SHIPPED_IMAGES), replacing the one there. Run it
// after adding a migration or upgrading PGlite or drizzle-orm, and commit the file it writes;
// tests/db/pglite-image.test.ts fails until then.
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { MEMORY } from "./client.js";
import { migratePglite } from "./migrate.js";
import { currentImageInputs, dumpImage, imageFile, imageKey, SHIPPED_IMAGES, storeImage } from "./pglite-image.js";
import { pgliteStartParams } from "./pglite-options.js";

const key = imageKey(currentImageInputs());
const client = new PGlite(MEMORY, { startParams: pgliteStartParams() });
let tar: Uint8Array;
try {
  await client.waitReady;
  await migratePglite(client);
  tar = await dumpImage(client);
} finally {
  await client.close();
}
// The best compression: it is read on every new database's start, written once.
await storeImage(SHIPPED_IMAGES, key, tar, 9);
const file = imageFile(SHIPPED_IMAGES, key);
for (const name of readdirSync(SHIPPED_IMAGES)) if (join(SHIPPED_IMAGES, name) !== file) rmSync(join(SHIPPED_IMAGES, name));
console.log(`wrote ${file}`);
