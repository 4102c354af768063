// `marginalia/web` stays out of other bundles: a bundle importing
// `countWords` (or the whole root entry) carries none of its code; the
// markers are checked to be present in the web entry, so the test can fail.
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const root = new URL("../..", import.meta.url).pathname;

async function bundle(contents: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    write: false,
    treeShaking: true,
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}

const MARKERS = [
  "application/ld+json",
  "jsonfeed.org/version",
  "purl.org/syndication/thread",
  "activitystreams",
];

describe("bundles of marginalia/web", () => {
  it("the web entry carries its formats (the markers are real)", async () => {
    const code = await bundle('export * from "./src/web.ts";');
    for (const marker of MARKERS) expect(code.includes(marker), marker).toBe(true);
  });

  it("neither countWords alone nor the root entry carries them", async () => {
    for (const entry of [
      'export { countWords } from "./src/index.ts";',
      'export * from "./src/index.ts";',
    ]) {
      const code = await bundle(entry);
      for (const marker of MARKERS) expect(code.includes(marker), marker).toBe(false);
    }
  });

  it("toJsonLdScript alone leaves the other formats out", async () => {
    const code = await bundle('export { toJsonLdScript } from "./src/web.ts";');
    expect(code.includes("application/ld+json")).toBe(true);
    expect(code.includes("purl.org/syndication/thread")).toBe(false);
    expect(code.includes("jsonfeed.org/version")).toBe(false);
  });
});
