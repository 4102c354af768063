// The import graph of src/ runs one way: formats (json, text, markdown) →
// model (schema) → utilities (src/_args.ts, src/_hash.ts, src/error.ts,
// src/message.ts), with no arrow back (issue 10, item 3). Read from the
// sources: every relative import of every file under src/.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const src = join(root, "src");

function files(directory: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) found.push(...files(path));
    else if (entry.name.endsWith(".ts")) found.push(path);
  }
  return found;
}

/** Every file under src/ (relative, with `/`) → the src/ files it imports. */
function graph(): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const file of files(src)) {
    const text = readFileSync(file, "utf8");
    const targets: string[] = [];
    for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?from\s+"([^"]+)"/g)) {
      const specifier = match[1] as string;
      if (!specifier.startsWith(".")) continue;
      const target = resolve(dirname(file), specifier).replace(/\.js$/, ".ts");
      targets.push(relative(src, target).split("\\").join("/"));
    }
    edges.set(relative(src, file).split("\\").join("/"), targets);
  }
  return edges;
}

const UTILITIES = new Set(["_args.ts", "_hash.ts", "_string.ts", "error.ts", "message.ts"]);

describe("layers", () => {
  const edges = graph();

  it("reads the imports of every source file", () => {
    expect(edges.get("thread/_ids.ts")).toContain("_hash.ts");
    expect(edges.get("dedup/dedupe.ts")).toContain("_args.ts");
    expect(edges.size).toBeGreaterThan(50);
  });

  it("has nothing in src/thread import src/dedup", () => {
    const wrong = [...edges]
      .filter(([file]) => file.startsWith("thread/"))
      .flatMap(([file, targets]) =>
        targets.filter((target) => target.startsWith("dedup/")).map((t) => `${file} → ${t}`),
      );
    expect(wrong).toEqual([]);
  });

  it("keeps the utilities below everything: they import only one another", () => {
    const wrong = [...edges]
      .filter(([file]) => UTILITIES.has(file))
      .flatMap(([file, targets]) =>
        targets.filter((target) => !UTILITIES.has(target)).map((t) => `${file} → ${t}`),
      );
    expect(wrong).toEqual([]);
    // In particular, the argument checks import nothing from the JSON reader.
    expect((edges.get("_args.ts") ?? []).filter((target) => target.startsWith("json/"))).toEqual(
      [],
    );
  });

  it("keeps the model below the formats: src/schema imports no reader or writer", () => {
    const formats = ["json/", "text/", "markdown/", "markdown.ts"];
    const wrong = [...edges]
      .filter(([file]) => file.startsWith("schema/"))
      .flatMap(([file, targets]) =>
        targets
          .filter((target) => formats.some((format) => target.startsWith(format)))
          .map((t) => `${file} → ${t}`),
      );
    expect(wrong).toEqual([]);
  });

  it("has one string hash and one home for the option checks", () => {
    const defines = (pattern: RegExp) =>
      [...edges.keys()].filter((file) => pattern.test(readFileSync(join(src, file), "utf8")));
    expect(defines(/function _hashString\b/)).toEqual(["_hash.ts"]);
    expect(defines(/function _mix\b/)).toEqual(["_hash.ts"]);
    for (const name of ["_checkOptions", "_oneOf", "_boolean", "_integer", "_limit", "_kind"]) {
      expect(defines(new RegExp(`function ${name}[<(]`)), name).toEqual(["_args.ts"]);
    }
    // `_number` is also the name of two parsers' number readers: find the
    // option check by what it says.
    expect(defines(/expected a finite number \$\{/)).toEqual(["_args.ts"]);
    expect(defines(/expected a positive whole number/)).toEqual(["_args.ts"]);
    expect(defines(/expected an integer from/)).toEqual(["_args.ts"]);
  });
});
