// `npm run schema`: write schema/article.schema.json from the model
// (src/schema/_model.ts, which the zod schemas are built from too).
// `npm run schema -- --check` fails when the committed file is stale.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { articleJsonSchema } from "../src/json/json-schema.js";

const file = join(dirname(fileURLToPath(import.meta.url)), "..", "schema", "article.schema.json");
const text = `${JSON.stringify(articleJsonSchema(), null, 2)}\n`;
if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(file, "utf8");
  } catch {}
  if (current !== text) {
    console.error("schema/article.schema.json is stale: run `npm run schema` and commit it");
    process.exit(1);
  }
  console.log("schema/article.schema.json is up to date");
} else {
  writeFileSync(file, text);
  console.log(`wrote ${file}`);
}
