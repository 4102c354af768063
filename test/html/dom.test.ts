// DOM input: a browser's (here jsdom's) Document or Element reads like the
// same page given as a string. The DOM is recognised by its shape
// (`nodeType` 9 or 1): the entry touches no DOM global.
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { fromHtml, safeFromHtml } from "../../src/html.js";

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/html/${name}/input.html`, import.meta.url), "utf8");

describe("fromHtml on a DOM", () => {
  it.each(["wordpress-html5", "blogger", "drupal", "microdata", "mf2", "spip"])(
    "a jsdom Document of %s gives the same article and messages as its string",
    (name) => {
      const html = fixture(name);
      const url = `https://fixtures.example/${name}/`;
      const fromString = fromHtml(html, { url });
      const { document } = new JSDOM(html, { url }).window;
      const fromDocument = fromHtml(document, { url });
      expect(fromDocument.article).toEqual(fromString.article);
      expect(fromDocument.messages).toEqual(fromString.messages);
      expect(fromDocument.article.comments.length).toBeGreaterThan(0);
    },
  );

  it("reads a DOM Element as a page holding only it", () => {
    const html =
      '<div id="page"><h1>Only this part</h1><article><p>The body of the part we read, long enough to be taken as the text of the article.</p></article></div><p>Outside.</p>';
    const { document } = new JSDOM(html).window;
    const element = document.getElementById("page");
    expect(element).not.toBeNull();
    const { article } = fromHtml(element as HTMLElement);
    expect(article.title).toBe("Only this part");
    expect(JSON.stringify(article)).not.toContain("Outside.");
  });

  it("gives an ArticleError, not a crash, for a DOM page without a title", () => {
    const { document } = new JSDOM("<p>no title here</p>").window;
    const result = safeFromHtml(document);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.code).toBe("empty_text");
  });

  it("runs nothing from a DOM page: scripts are neither run nor read", () => {
    const { document } = new JSDOM(
      "<title>Quiet</title><article><script>globalThis.ran = 1</script><p>Only this paragraph is the body of the article, nothing else.</p></article>",
    ).window;
    const { article } = fromHtml(document);
    expect((globalThis as { ran?: number }).ran).toBeUndefined();
    expect(JSON.stringify(article)).not.toContain("globalThis");
  });

  it("refuses other DOM nodes (a text node) with a TypeError", () => {
    const { document } = new JSDOM("<p>x</p>").window;
    expect(() => fromHtml(document.createTextNode("x") as never)).toThrow(TypeError);
  });
});
