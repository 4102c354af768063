// `npm run bench`: run every `bench/*.bench.ts` in its own process, one after
// the other, so that one benchmark's memory and JIT state do not colour the
// next. Pass names to run some: `npm run bench -- words dedup`. Arguments
// that are not bench names go to the benches run, so one bench can take
// them: `npm run bench -- pages ../shared/corpus --no-defuddle`.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const all = readdirSync(here)
  .filter((name) => name.endsWith(".bench.ts"))
  .sort();
const names = new Set(all.map((name) => name.replace(/\.bench\.ts$/, "")));
const wanted = process.argv.slice(2).filter((arg) => names.has(arg));
const rest = process.argv.slice(2).filter((arg) => !names.has(arg));
if (wanted.length === 0 && rest.length > 0) {
  // Arguments go to named benches only: a misspelt name must not run them all.
  console.error(`No bench named in ${rest.join(" ")}; benches: ${[...names].join(", ")}`);
  process.exit(2);
}
const files = all.filter(
  (name) => wanted.length === 0 || wanted.includes(name.replace(/\.bench\.ts$/, "")),
);
let failed = 0;
for (const name of files) {
  console.log(`\n# ${name}\n`);
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", "--expose-gc", join(here, name), ...rest],
    {
      stdio: "inherit",
    },
  );
  if (result.status !== 0) failed++;
}
if (failed > 0) {
  console.error(`\n${failed} benchmark file(s) failed`);
  process.exitCode = 1;
}
