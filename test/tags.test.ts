import { describe, expect, it } from "vitest";
import { dedupeTags, slugify } from "../src/index.js";

describe("slugify", () => {
  it.each<[string, string, { separator?: string }?]>([
    ["Sujets liés", "sujets-lies"],
    ["  Hadopi & SOPA  ", "hadopi-sopa"],
    ["L’été à Paris", "l-ete-a-paris"],
    ["Œuvres complètes", "oeuvres-completes"],
    ["Straße", "strasse"],
    ["C++", "c"],
    ["#megaupload", "megaupload"],
    ["日本語 ニュース", "日本語-ニュース"],
    ["Ça va", "ca-va"],
    ["ﬁn", "fin"],
    ["#", "u23"],
    ["😉", "u1f609"],
    ["a b", "a_b", { separator: "_" }],
  ])("%j → %j", (name, slug, options) => {
    expect(slugify(name, options)).toBe(slug);
  });

  it("throws on bad input", () => {
    // @ts-expect-error: not a string
    expect(() => slugify(3)).toThrow("Expected `name` of `slugify` to be a string, found number");
    // @ts-expect-error: bad separator
    expect(() => slugify("a", { separator: 1 })).toThrow("`options.separator`");
  });
});

describe("dedupeTags", () => {
  it("keeps the first tag of each slug, in order", () => {
    expect(
      dedupeTags([
        { name: "Randonnée", slug: "randonnee" },
        { name: "Nature", slug: "nature", kind: "topic" },
        { name: "randonnée", slug: "randonnee", kind: "keyword" },
        { name: "Other", slug: " " },
        { name: "other", slug: "other" },
      ]),
    ).toEqual([
      { name: "Randonnée", slug: "randonnee" },
      { name: "Nature", slug: "nature", kind: "topic" },
      { name: "Other", slug: " " },
    ]);
  });
});
