// Main-content detection (src/html/_content.ts) on small pages of ours: the
// rules follow Mozilla Readability's `grabArticle` (a `div` without block
// children is a paragraph; a page-wide `main` is narrowed to the top
// candidate and the siblings Readability joins to it), and the boilerplate
// class segments hold in French, German and Spanish as in English.
import { describe, expect, it } from "vitest";
import { fromHtml } from "../../src/html.js";
import type { Article } from "../../src/index.js";

const prose = (words: string, times = 3): string =>
  Array.from({ length: times }, () => words).join(" ");

/** Every text of the article body (lead and sections), one string. */
function bodyText(article: Article): string {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === "string") out.push(value);
    else if (Array.isArray(value)) for (const item of value) walk(item);
    else if (value !== null && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) if (key !== "type") walk(item);
    }
  };
  walk([article.lead, article.sections]);
  return out.join(" ");
}

const page = (body: string): string =>
  `<!doctype html><html lang="en"><head><title>The lighthouse keeper's log</title></head><body>${body}</body></html>`;

describe("main content", () => {
  it("reads a post written straight into a div with <br>s (a div without block children is a paragraph)", () => {
    const post = prose(
      "The lamp was cleaned at dusk, the wick trimmed, and the log written up before the first ship passed,",
      4,
    );
    const html = page(`
      <div class="topbar"><div class="notice">We use cookies to remember your settings, and by staying here you agree to it.</div></div>
      <div class="thread-view">
        <h1>The lighthouse keeper's log</h1>
        <div class="forum_discussion">${post}<br><br>${post}</div>
      </div>`);
    const text = bodyText(fromHtml(html).article);
    expect(text).toContain("The lamp was cleaned at dusk");
    expect(text).not.toContain("We use cookies");
  });

  it("narrows a page-wide main to the question, not the related list and tool bars beside it", () => {
    const question = prose(
      "How do keepers measure the fog at night, when the horn must sound, and who decides it?",
      3,
    );
    const related = Array.from(
      { length: 12 },
      (_, index) =>
        `<li><a href="/q/${index}">Another question about lamps number ${index}, with many words in its title</a></li>`,
    ).join("");
    const html = page(`
      <div role="main">
        <h1>The lighthouse keeper's log</h1>
        <div class="question"><div class="prose"><p>${question}</p><p>${question}</p></div></div>
        <div class="tools"><p>Asked 3 years ago. Viewed 1,234 times. Active 2 months ago, by several users.</p></div>
        <div class="related-list-box"><h4>Linked</h4><ul>${related}</ul></div>
      </div>`);
    const text = bodyText(fromHtml(html).article);
    expect(text).toContain("How do keepers measure the fog");
    expect(text).not.toContain("Another question about lamps");
    expect(text).not.toContain("Viewed 1,234 times");
  });

  it.each([
    [
      "a French share bar",
      '<div class="partage-article">Partager sur les réseaux</div>',
      "Partager sur",
    ],
    [
      "a German share bar",
      '<div class="artikel-teilen">Artikel teilen und weitersagen</div>',
      "weitersagen",
    ],
    [
      "a French comment counter",
      '<div class="nombre-commentaires">4 commentaires</div>',
      "4 commentaires",
    ],
    [
      "a French byline box",
      '<div class="date-auteur">12.03.2021, par Jeanne Martin</div>',
      "Jeanne Martin",
    ],
    ["screen-reader text", '<h6 class="element-invisible">You are here</h6>', "You are here"],
    [
      "previous/next links",
      '<div class="post-prev"><a href="/a">Older post: the storm</a></div>',
      "Older post",
    ],
  ])("leaves out %s inside the content", (_name, furniture, words) => {
    const body = prose(
      "The keeper wrote every evening about the sea, the birds and the passing boats.",
      4,
    );
    const html = page(
      `<article><h1>The lighthouse keeper's log</h1><div class="entry-content"><p>${body}</p>${furniture}<p>${body}</p></div></article>`,
    );
    const text = bodyText(fromHtml(html).article);
    expect(text).toContain("The keeper wrote every evening");
    expect(text).not.toContain(words);
  });
});
