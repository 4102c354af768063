// The seed page (../shared/pages/megaupload-fr.txt, outside the repo): its
// text is never copied here. Expected texts are read from the seed by line
// number; quote offsets are numbers, each also checked against the
// quotation marks around it. Skipped on a plain clone without ../shared (one
// line says so); CI requires it (test/_helpers/shared.ts).
import { beforeAll, describe, expect, it } from "vitest";
import {
  type Article,
  type Block,
  extractQuotes,
  fromText,
  type Paragraph,
  parseArticle,
} from "../../src/index.js";
import { readSeed, skipShared } from "../_helpers/shared.js";

// Read before the tests, not while collecting them, so a skipped file reads nothing.
let seed = "";
let lines: string[] = [];
let article: Article;
let messages: ReturnType<typeof fromText>["messages"];
beforeAll(() => {
  seed = readSeed();
  lines = seed.split("\n");
  ({ article, messages } = fromText(seed));
});
/** Trimmed content of 1-based line(s), joined by "\n". */
const at = (...numbers: number[]): string =>
  numbers.map((number) => (lines[number - 1] ?? "").trim()).join("\n");
const texts = (blocks: Block[]): string[] =>
  blocks.map((block) => (block.type === "paragraph" ? block.text : `[${block.type}]`));

describe.skipIf(skipShared)("fromText on the seed page", () => {
  it("gives a valid article, unchanged by parseArticle", () => {
    expect(parseArticle(article)).toEqual(article);
    expect(article.lang).toBe("fr");
  });

  it("reads the title and the lead", () => {
    expect(article.title).toBe(at(1));
    expect(texts(article.lead)).toEqual([at(3)]);
  });

  it("reads the five section headings and each one's blocks", () => {
    expect(article.sections.map((section) => [section.heading, section.level])).toEqual([
      [at(5), 2],
      [at(13), 2],
      [at(17), 2],
      [at(24), 2],
      [at(28), 2],
    ]);
    expect(article.sections.map((section) => texts(section.blocks))).toEqual([
      [at(7), at(9), "[embed]"],
      [at(15)],
      [at(19), "[image]", at(22)],
      [at(26)],
      [at(30), "[embed]", at(34), at(36), at(38), "[embed]", at(42)],
    ]);
  });

  it("reads the image with its credit in the right section", () => {
    const image = article.sections[2]?.blocks[1];
    expect(image).toEqual({ type: "image", url: at(21), credit: at(44).split(" ").at(-1) });
  });

  it("reads the two tweet embeds and the document embed", () => {
    const embeds = article.sections.flatMap((section) =>
      section.blocks.filter((block) => block.type === "embed"),
    );
    expect(embeds).toEqual([
      { type: "embed", provider: "document", text: at(11) },
      { type: "embed", provider: "twitter", text: "anonymous" },
      { type: "embed", provider: "twitter", text: "anonymous" },
    ]);
  });

  it("finds no tags and the declared count", () => {
    expect(article.tags).toEqual([]);
    expect(article.commentCount).toBe(9);
  });

  it("reads the nine comments in order, with their paragraphs", () => {
    expect(article.comments.map((comment) => comment.author.name)).toEqual([
      "Chris",
      "Olivier CLEMENCE",
      "Gpenverne",
      "lecairn",
      "B.Jolivet",
      "#TheMabarz",
      "#TheMabarz",
      "maxime",
      "julie",
    ]);
    expect(article.comments.map((comment) => comment.id)).toEqual([
      "c1",
      "c2",
      "c3",
      "c4",
      "c5",
      "c6",
      "c7",
      "c8",
      "c9",
    ]);
    expect(article.comments.every((comment) => comment.parentId === undefined)).toBe(true);
    expect(article.comments.map((comment) => texts(comment.body))).toEqual([
      [at(51), at(53)],
      [at(57, 58, 59, 60)],
      [at(64), at(66)],
      [at(70)],
      [at(74, 75, 76, 77)],
      [at(81)],
      [at(85)],
      [at(89)],
      [at(93)],
    ]);
  });

  it("reports the chrome lines", () => {
    const chrome = messages
      .filter((message) => message.ruleId === "page-chrome" || message.ruleId === "unattached-text")
      .map((message) => [message.place?.line, message.place?.column, message.ruleId]);
    expect(chrome).toEqual([
      [95, 1, "page-chrome"],
      [97, 1, "page-chrome"],
      [99, 1, "unattached-text"],
    ]);
    for (const message of messages) {
      if (message.ruleId !== "misplaced-guillemet") {
        expect(message.actual).toBe(at(message.place?.line ?? 0));
      }
    }
  });

  it("accounts for every line: in a field or in a message", () => {
    const reported = new Set(messages.map((message) => message.place?.line));
    // Lines read into fields: title, headings, paragraphs, image, credit,
    // embeds, tags line, count lines, authors, comment bodies.
    const used = [
      1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 22, 24, 26, 28, 30, 32, 34, 36, 38, 40, 42, 44, 46, 47,
      48, 49, 51, 53, 55, 57, 58, 59, 60, 62, 64, 66, 68, 70, 72, 74, 75, 76, 77, 79, 81, 83, 85,
      87, 89, 91, 93,
    ];
    for (let number = 1; number <= lines.length; number++) {
      if (at(number) === "") continue;
      expect(used.includes(number) || reported.has(number), `line ${number}`).toBe(true);
    }
  });

  it("finds every guillemet quote with exact offsets", () => {
    const found = extractQuotes(article).map((quote) => [
      quote.part,
      quote.section ?? quote.comment,
      quote.block,
      quote.start,
      quote.end,
    ]);
    expect(found).toEqual([
      ["section", 2, 0, 160, 643],
      ["section", 2, 2, 65, 200],
      ["section", 2, 2, 227, 478],
      ["section", 3, 0, 97, 449],
      ["section", 4, 0, 220, 355],
      ["section", 4, 3, 190, 229],
      ["section", 4, 3, 285, 566],
      ["section", 4, 4, 279, 331],
      ["comment", "c2", 0, 89, 96],
      ["comment", "c3", 0, 2, 158],
      ["comment", "c4", 0, 302, 312],
      ["comment", "c4", 0, 467, 479],
      ["comment", "c4", 0, 987, 1000],
      ["comment", "c4", 0, 1081, 1092],
    ]);
    const space = (char: string) => char === " " || char === "\u00a0";
    for (const quote of extractQuotes(article)) {
      const holder =
        quote.part === "section"
          ? article.sections[quote.section as number]?.blocks[quote.block]
          : article.comments.find((comment) => comment.id === quote.comment)?.body[quote.block];
      const text = (holder as Paragraph).text;
      let before = (quote.start as number) - 1;
      while (space(text.charAt(before))) before--;
      let after = quote.end as number;
      while (space(text.charAt(after))) after++;
      // Each quotation sits between guillemets (mis-typed ones included),
      // and its text is exactly what the offsets cut.
      expect("«»").toContain(text.charAt(before));
      expect("«»").toContain(text.charAt(after));
      expect(quote.text).toBe(text.slice(quote.start, quote.end));
      expect(space(quote.text.charAt(0)) || space(quote.text.at(-1) as string)).toBe(false);
    }
    // Every guillemet of the article and the comments is accounted for:
    // two per quotation.
    const guillemets = (seed.match(/[«»]/g) ?? []).length;
    expect(guillemets).toBe(2 * found.length);
  });

  it("reports each mis-typed guillemet it repaired", () => {
    expect(
      messages
        .filter((message) => message.ruleId === "misplaced-guillemet")
        .map((message) => [message.place?.line, message.actual]),
    ).toEqual([
      [19, "«"],
      [22, "«"],
      [22, "«"],
      [26, "»"],
      [36, "«"],
      [70, "»"],
    ]);
    for (const message of messages.filter((m) => m.ruleId === "misplaced-guillemet")) {
      const place = message.place ?? { line: 0, column: 0, offset: -1 };
      expect((lines[place.line - 1] ?? "").charAt(place.column - 1)).toBe(message.actual);
      // The seed has LF line endings and no BOM or NUL: offsets are into it as it is.
      expect(seed.charAt(place.offset ?? -1)).toBe(message.actual);
    }
  });
});
