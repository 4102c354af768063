// The article's authors from its byline, when the page's metadata names
// none: `rel=author` links, microdata and microformats authors, byline
// classes. Comment items are never searched.
import type { Element, Root } from "hast";
import type { Person } from "../schema/person.js";
import { _absolute, _attr, _elements, type _ParentOf, _text, type Parent } from "./_dom.js";
import { selectAll } from "./_select.js";

/** Byline selectors, most specific first. */
const BYLINES = [
  "a[rel~=author]",
  "[itemprop=author] [itemprop=name]",
  "[itemprop=author]",
  ".h-entry > .p-author .p-name",
  ".h-entry .p-author.h-card",
  ".byline .author",
  ".byline a",
  ".entry-author .fn",
  ".author.vcard .fn",
  ".post-author .fn",
  ".author-name",
];

/**
 * Read the byline's authors.
 *
 * @param tree
 *   Page.
 * @param parents
 *   Parent map.
 * @param items
 *   Comment items (left out).
 * @param base
 *   Base URL.
 * @returns
 *   The authors (one byline's worth), or `[]`.
 */
export function _bylines(
  tree: Root,
  parents: _ParentOf,
  items: Set<Element>,
  base: string | undefined,
): Person[] {
  const inComment = (node: Element): boolean => {
    let current: Parent | undefined = node;
    while (current !== undefined && current.type === "element") {
      if (items.has(current)) return true;
      current = parents.get(current);
    }
    return false;
  };
  for (const selector of BYLINES) {
    const out: Person[] = [];
    const seen = new Set<string>();
    for (const element of selectAll(selector, tree)) {
      if (inComment(element)) continue;
      const name = _text(element).replace(/^(?:by|par|von|por)\s+/i, "");
      if (name === "" || name.length > 80 || seen.has(name.toLowerCase())) continue;
      seen.add(name.toLowerCase());
      const person: Person = { name };
      const link =
        element.tagName === "a"
          ? element
          : _elements(element).find((child) => child.tagName === "a");
      const up = parents.get(element);
      const href =
        (link === undefined ? undefined : _attr(link, "href")) ??
        (up?.type === "element" && up.tagName === "a" ? _attr(up, "href") : undefined);
      const url = _absolute(href, base);
      if (url !== undefined) person.url = url;
      out.push(person);
    }
    if (out.length > 0) return out.slice(0, 5);
  }
  return [];
}
