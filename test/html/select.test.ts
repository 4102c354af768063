// The page index answers CSS selectors like hast-util-select (differential):
// every platform selector of the reader and a set of site-override shapes,
// on every fixture page, give the same elements in the same order; selectors
// outside the subset go to hast-util-select itself.
import { readdirSync, readFileSync } from "node:fs";
import { fromHtml as parse } from "hast-util-from-html";
import { selectAll } from "hast-util-select";
import { describe, expect, it } from "vitest";
import { _indexTree } from "../../src/html/_index.js";
import { _compile, _selectAll } from "../../src/html/_select.js";
import { COMMON, HOSTED, PLATFORMS } from "../../src/html/comments/platforms.js";

const root = new URL("../fixtures/html/", import.meta.url);
const pages = readdirSync(root).map((name) => [
  name,
  readFileSync(new URL(`${name}/input.html`, root), "utf8"),
]);

const SELECTORS = [
  ...PLATFORMS.flatMap((platform) => [
    platform.item,
    ...platform.author,
    ...platform.date,
    ...platform.body,
    ...(platform.replies === undefined ? [] : [platform.replies]),
    ...(platform.pingback === undefined ? [] : [platform.pingback]),
  ]),
  ...COMMON.author,
  ...COMMON.date,
  ...COMMON.body,
  ...HOSTED.map(([, selector]) => selector),
  "*",
  "div > p",
  "p + p",
  "h2 ~ p",
  "li:first-child",
  "li:last-child",
  "p:only-child",
  "li:first-of-type",
  "p:not(.x, .comment-content)",
  "[class]",
  "[class~=comment]",
  "[id|=comment]",
  '[href^="https://"]',
  "[HREF$='/' i]",
  "a[rel~=nofollow]",
  "body div article p",
];

describe("selectors from the page index", () => {
  it("compiles every selector of the reader", () => {
    for (const selector of SELECTORS) expect(_compile(selector), selector).toBeDefined();
  });

  it.each(pages)("gives what hast-util-select gives on %s", (_name, html) => {
    const tree = parse(html as string);
    const index = _indexTree(tree);
    let matched = 0;
    for (const selector of SELECTORS) {
      const ours = _selectAll(selector, tree, index);
      expect(ours, selector).toEqual(selectAll(selector, tree));
      matched += ours.length;
    }
    expect(matched).toBeGreaterThan(0);
  });

  it("falls back to hast-util-select outside the subset", () => {
    const tree = parse("<ul><li>a</li><li>b</li><li>c</li></ul>");
    const index = _indexTree(tree);
    expect(_compile("li:nth-child(2)")).toBeUndefined();
    expect(_selectAll("li:nth-child(2)", tree, index)).toEqual(selectAll("li:nth-child(2)", tree));
    expect(_selectAll("li:nth-child(2)", tree, index)).toHaveLength(1);
  });
});
