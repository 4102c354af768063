import { describe, expect, it } from "vitest";
import type { Article, Paragraph } from "../../src/index.js";
import { articleStats, readingTime } from "../../src/words/index.js";

function paragraph(text: string, marks: [string, "quote" | "link"][] = []): Paragraph {
  const result: Paragraph = { type: "paragraph", text };
  if (marks.length > 0) {
    result.marks = marks.map(([part, type]) => {
      const start = text.indexOf(part);
      return type === "link"
        ? { type, start, end: start + part.length, url: "https://example.org/" }
        : { type, start, end: start + part.length };
    });
  }
  return result;
}

const article: Article = {
  title: "Le titre de l’article",
  lang: "fr",
  authors: [],
  lead: [paragraph("Un deux trois.")],
  sections: [
    {
      heading: "Première partie",
      level: 2,
      blocks: [
        paragraph("Il a dit « oui et non » puis est parti.", [
          ["« oui et non »", "quote"],
          ["parti", "link"],
        ]),
        { type: "image", url: "https://example.org/a.jpg", caption: "Une photo", credit: "X Y Z" },
        { type: "embed", provider: "twitter", text: "Un tweet court" },
        { type: "quote", blocks: [paragraph("Cité ici")], attribution: "Quelqu’un de connu" },
        { type: "code", value: "const x = 1;" },
      ],
    },
    {
      heading: "Deuxième",
      level: 3,
      blocks: [{ type: "list", ordered: false, items: [paragraph("un"), paragraph("deux")] }],
    },
  ],
  tags: [],
  comments: [
    { id: "c1", author: { name: "A" }, status: "published", body: [paragraph("Bravo !")] },
    {
      id: "c2",
      parentId: "c1",
      author: { name: "B" },
      status: "published",
      body: [paragraph("Merci beaucoup")],
    },
  ],
};

describe("articleStats", () => {
  const stats = articleStats(article);

  it("counts the words of each part", () => {
    expect(stats.words).toEqual({
      title: 4,
      lead: 3,
      sections: [
        // heading 2, paragraph 9, caption 2, embed 3, quote 2; code not read.
        { index: 0, heading: "Première partie", words: 18 },
        { index: 1, heading: "Deuxième", words: 3 },
      ],
      quotes: 3 + 2,
      comments: [
        { id: "c1", words: 1 },
        { id: "c2", words: 2 },
      ],
      allComments: 3,
      body: 3 + 18 + 3,
    });
  });

  it("counts paragraphs, images, embeds, links and quotations of the body", () => {
    expect(stats).toMatchObject({ paragraphs: 2, images: 1, embeds: 1, links: 1, quotes: 2 });
  });

  it("gives the body's reading time and the schema.org values", () => {
    // 24 words at 204 a minute (French) ≈ 7.1 s, and 12 s for the image.
    expect(stats.readingTime).toEqual({ minutes: 1, seconds: 20, words: 24 });
    expect(readingTime(article)).toEqual(stats.readingTime);
    expect(stats.wordCount).toBe(24);
    expect(stats.timeRequired).toBe("PT1M");
  });

  it("handles an article with nothing but a title", () => {
    const empty = articleStats({
      title: "Titre",
      authors: [],
      lead: [],
      sections: [],
      tags: [],
      comments: [],
    });
    expect(empty.words.body).toBe(0);
    expect(empty.timeRequired).toBe("PT0M");
    expect(empty.words.title).toBe(1);
  });

  it("writes timeRequired in whole minutes", () => {
    const long: Article = { ...article, lead: [paragraph(Array(2040).fill("mot").join(" "))] };
    // 2040 + 21 words at 204 a minute, and 12 s: 10 min 18 s → 11 minutes.
    expect(articleStats(long).timeRequired).toBe("PT11M");
  });
});
