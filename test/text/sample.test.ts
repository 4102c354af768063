// The demo's bundled page (examples/sample-page.txt): it must keep showing
// what the demo is for.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractQuotes, fromText, parseArticle } from "../../src/index.js";

const page = readFileSync(new URL("../../examples/sample-page.txt", import.meta.url), "utf8");
const { article, messages } = fromText(page);

describe("the demo's sample page", () => {
  it("reads into a valid French article with sections, image, embeds and tags", () => {
    expect(parseArticle(article)).toEqual(article);
    expect(article.lang).toBe("fr");
    expect(article.sections.map((section) => section.heading)).toEqual([
      "Ce qui change pour les lecteurs",
      "Les agents inquiets",
    ]);
    expect(article.sections[0]?.blocks[1]).toEqual({
      type: "image",
      url: "bibliotheque-dimanche.jpg",
      credit: "Service communication de la ville",
    });
    expect(article.sections[1]?.blocks.map((block) => block.type)).toEqual([
      "paragraph",
      "embed",
      "embed",
    ]);
    expect(article.tags.map((tag) => tag.slug)).toEqual([
      "culture",
      "bibliotheques",
      "vie-municipale",
    ]);
  });

  it("has nested comments and a duplicate", () => {
    expect(article.commentCount).toBe(5);
    expect(article.comments.map((comment) => [comment.id, comment.parentId])).toEqual([
      ["c1", undefined],
      ["c2", "c1"],
      ["c3", "c2"],
      ["c4", undefined],
      ["c5", undefined],
    ]);
    expect(article.comments[4]?.body).toEqual(article.comments[3]?.body);
  });

  it("finds its quotes, mis-typed guillemets included, and reports the chrome", () => {
    expect(extractQuotes(article).map((quote) => quote.text)).toEqual([
      "une promesse tenue",
      "une réforme faite sans les agents",
      "personne ne travaillera deux dimanches de suite",
      "un calendrier intenable pour des équipes déjà réduites",
      "volontariat",
      "volontariat",
    ]);
    expect(messages.map((message) => message.ruleId)).toEqual([
      "misplaced-guillemet",
      "misplaced-guillemet",
      "page-chrome",
      "page-chrome",
      "unattached-text",
    ]);
  });
});
