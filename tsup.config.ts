import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    markdown: "src/markdown.ts",
    html: "src/html.ts",
  },
  format: ["esm", "cjs"],
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  target: "node20",
  clean: true,
  sourcemap: false,
  treeshake: true,
  splitting: false,
});
