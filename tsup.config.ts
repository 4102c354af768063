import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    markdown: "src/markdown.ts",
    html: "src/html.ts",
    web: "src/web.ts",
    import: "src/import.ts",
    // The `marginalia` command (package.json `bin`, not an export): its
    // commands load lazily from chunks, so `--version` loads almost nothing.
    cli: "src/cli.ts",
  },
  format: ["esm", "cjs"],
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  target: "node20",
  clean: true,
  sourcemap: false,
  treeshake: true,
  // The core both entries use (ArticleError, the schemas, the JSON reader)
  // goes in a shared chunk, in ESM and CJS alike, so that `marginalia` and
  // `marginalia/markdown` load one copy of it: an error thrown by the
  // Markdown entry is an `instanceof` the root's `ArticleError`
  // (test/entries.test.ts, .ci/consumers).
  splitting: true,
});
