import { describe, expect, it } from "vitest";
import * as root from "../../src/index.js";
import * as quotes from "../../src/quotes/index.js";
import * as tags from "../../src/tags/index.js";
import * as text from "../../src/text/index.js";

describe("public api of the text, quotes and tags modules", () => {
  it("should expose the public api", () => {
    expect(Object.keys(text).sort()).toEqual([
      "TEXT_LANGUAGES",
      "VOCABULARIES",
      "fromText",
      "safeFromText",
      "toText",
    ]);
    expect(Object.keys(quotes).sort()).toEqual(["extractQuotes", "findQuotes"]);
    expect(Object.keys(tags).sort()).toEqual(["dedupeTags", "slugify"]);
  });

  it("is re-exported from the root entry", () => {
    for (const name of [...Object.keys(text), ...Object.keys(quotes), ...Object.keys(tags)]) {
      expect(root, name).toHaveProperty(name);
    }
  });

  it("has a vocabulary per language with the same fields", () => {
    const fields = Object.keys(text.VOCABULARIES.en ?? {}).sort();
    for (const lang of text.TEXT_LANGUAGES) {
      expect(Object.keys(text.VOCABULARIES[lang] ?? {}).sort(), lang).toEqual(fields);
    }
  });
});
