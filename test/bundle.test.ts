// What a bundler keeps when an app imports part of marginalia: the root
// entry never pulls unified/micromark/mdast code, and `countWords` alone
// pulls no zod. Each marker is also checked to be present where it should
// be, so that the test can fail.
import { brotliCompressSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const root = new URL("..", import.meta.url).pathname;

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

// Strings that survive minification in each library's code.
const MARKDOWN_MARKERS = ["micromark", "mdast", "unified", "remark"];
const ZOD_MARKERS = ["_zod", "ZodError", "$ZodType"];
// parse5 and hast code (the HTML entry's parser).
const HTML_MARKERS = ["parse5", "hast-util", "eof-in-tag", "abrupt-closing-of-empty-comment"];

describe("bundles", () => {
  it("the Markdown entry carries unified, micromark and mdast (the markers are real)", async () => {
    const code = await bundle('export * from "./src/markdown.ts";');
    const present = MARKDOWN_MARKERS.filter((marker) => code.includes(marker));
    expect(present.length).toBeGreaterThanOrEqual(2);
  });

  it("the root entry carries none of them", async () => {
    const code = await bundle('export * from "./src/index.ts";');
    for (const marker of MARKDOWN_MARKERS) expect(code.includes(marker), marker).toBe(false);
    // And the root entry does carry zod, so the zod markers are real too.
    expect(ZOD_MARKERS.some((marker) => code.includes(marker))).toBe(true);
  });

  it("countWords alone carries no zod and stays under 4 kB brotli", async () => {
    const code = await bundle('export { countWords } from "./src/index.ts";');
    for (const marker of ZOD_MARKERS) expect(code.includes(marker), marker).toBe(false);
    const size = brotliCompressSync(code).length;
    expect(size).toBeLessThan(4096);
  });

  it("the HTML entry carries parse5 (the markers are real)", async () => {
    const code = await bundle('export * from "./src/html.ts";');
    const present = HTML_MARKERS.filter((marker) => code.includes(marker));
    expect(present.length).toBeGreaterThanOrEqual(2);
  });

  it("fromText, countWords and the whole root entry carry no parse5", async () => {
    for (const contents of [
      'export { fromText } from "./src/index.ts";',
      'export { countWords } from "./src/index.ts";',
      'export * from "./src/index.ts";',
    ]) {
      const code = await bundle(contents);
      for (const marker of HTML_MARKERS)
        expect(code.includes(marker), `${contents} ${marker}`).toBe(false);
    }
  });

  it("the import entry carries the importers, the HTML and the Markdown parsers; no other entry carries an importer", async () => {
    // A string of the Reddit importer's messages that survives minification.
    const IMPORT_MARKER = "raw_json=1";
    const code = await bundle('export * from "./src/import.ts";');
    expect(code.includes(IMPORT_MARKER)).toBe(true);
    expect(HTML_MARKERS.some((marker) => code.includes(marker))).toBe(true);
    expect(MARKDOWN_MARKERS.some((marker) => code.includes(marker))).toBe(true);
    for (const entry of ["index", "markdown", "html", "web"]) {
      const other = await bundle(`export * from "./src/${entry}.ts";`);
      expect(other.includes(IMPORT_MARKER), entry).toBe(false);
    }
  });
});
