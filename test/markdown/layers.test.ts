// The Markdown modules' arrows: the writer (`markdown/to`) and the reader
// (`markdown/from`) stand on the shared modules (`markdown/_*.ts`), never on
// each other, and the shared modules on neither.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../../src/markdown");

function _imports(folder: string): { file: string; specifier: string }[] {
  const found: { file: string; specifier: string }[] = [];
  for (const name of readdirSync(join(root, folder))) {
    if (!name.endsWith(".ts")) continue;
    const text = readFileSync(join(root, folder, name), "utf8");
    for (const match of text.matchAll(/^(?:import|export)[^;]*? from "([^"]+)";/gms)) {
      found.push({ file: join(folder, name), specifier: match[1] as string });
    }
  }
  return found;
}

describe("layers", () => {
  it("finds the imports it checks", () => {
    expect(_imports("to").length).toBeGreaterThan(10);
    expect(_imports("from").length).toBeGreaterThan(10);
  });

  it("nothing in markdown/to imports markdown/from", () => {
    expect(_imports("to").filter(({ specifier }) => specifier.includes("/from/"))).toEqual([]);
  });

  it("nothing in markdown/from imports markdown/to", () => {
    expect(_imports("from").filter(({ specifier }) => specifier.includes("/to/"))).toEqual([]);
  });

  it("the shared modules import neither", () => {
    const shared = _imports(".").filter(({ file }) => file.startsWith("_"));
    expect(shared.length).toBeGreaterThan(5);
    expect(shared.filter(({ specifier }) => /^\.\/(?:from|to)\//.test(specifier))).toEqual([]);
  });
});
