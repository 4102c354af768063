// The generic comment finder, for platforms the data in platforms.ts does
// not name: an element whose id, class or heading says "comments" (in
// English, French, German or Spanish) holding repeated sibling items of one
// shape, each with an author-like element and some text.
import type { Element, Nodes, Root } from "hast";
import { _attr, _classId, _elements, _HIDDEN, _text, type Parent } from "../_dom.js";

const AREA =
  /comment|kommentar|comentario|reaction|réaction|reac-|respons|replies|discussion|forum|thread|messages/;
const HEADING =
  /\b(?:comments?|commentaires?|kommentare?|comentarios?|r[ée]actions?|responses?|r[ée]ponses?|replies|ergänzungen|leserbriefe|antworten|discussion)\b/i;
const AUTHOR = /author|user|name|nick|pseudo|auteur|poster|member|creator|benutzer|autor/;
/** Class tokens that say where an item sits, not what it is. */
const STATE =
  /^(?:odd|even|alt|first|last|parent|byuser|bypostauthor|clearfix|active|media|card|row|col|column)$|\d|^(?:depth|thread|comment-author|is|has|js|mg|p[tblr]?|m[tblr]?)-/;

/**
 * The shape of an element: its tag and its stable class names.
 *
 * @param node
 *   Element.
 * @returns
 *   A key such as `div.comment`.
 */
export function _signature(node: Element): string {
  const className = (_attr(node, "className") ?? "").toLowerCase();
  const tokens = className.split(/\s+/).filter((token) => token !== "" && !STATE.test(token));
  return `${node.tagName}.${tokens.sort().join(".")}`;
}

/**
 * The author-like element of an item: a short element whose class, id or
 * itemprop says author/user/name, else a short `strong`, `b` or `cite`
 * among its first elements.
 *
 * @param item
 *   Comment item.
 * @param skip
 *   Elements to leave out (nested items).
 * @returns
 *   The element, or `undefined`.
 */
export function _authorLike(
  item: Element,
  skip: (element: Element) => boolean,
): Element | undefined {
  const own = _elements(item, (child) => skip(child) || _HIDDEN.has(child.tagName));
  for (const element of own) {
    const key = `${_classId(element)} ${_attr(element, "itemProp") ?? ""}`;
    if (AUTHOR.test(key) && !/avatar|photo|image|img/.test(key)) {
      const text = _text(element);
      if (text !== "" && text.length <= 80) return element;
    }
  }
  for (const element of own.slice(0, 12)) {
    if (element.tagName === "strong" || element.tagName === "b" || element.tagName === "cite") {
      const text = _text(element);
      if (text !== "" && text.length <= 60) return element;
    }
  }
  return undefined;
}

function _isArea(node: Element): boolean {
  if (AREA.test(_classId(node))) return true;
  let seen = 0;
  for (const child of node.children) {
    if (child.type !== "element") continue;
    if (++seen > 3) break;
    if (/^h[2-4]$/.test(child.tagName) && HEADING.test(_text(child))) return true;
  }
  return false;
}

/**
 * Find comment items on a page no platform matched.
 *
 * @param tree
 *   Page.
 * @param parents
 *   Parent map.
 * @returns
 *   The items (nested items included), in document order; empty when none.
 */
export function _genericItems(tree: Root, parents: Map<Nodes, Parent>): Element[] {
  const areas = _elements(tree, (element) => _HIDDEN.has(element.tagName)).filter(
    (element) => element.tagName !== "body" && element.tagName !== "html" && _isArea(element),
  );
  let best: { area: Element; signature: string; score: number; members: Element[] } | undefined;
  for (const area of areas) {
    // Groups of same-shaped siblings, anywhere under the area.
    const groups = new Map<Parent, Map<string, Element[]>>();
    for (const element of _elements(area, (child) => _HIDDEN.has(child.tagName))) {
      const parent = parents.get(element);
      if (parent === undefined || parent.type !== "element") continue;
      const key = _signature(element);
      let byParent = groups.get(parent);
      if (byParent === undefined) {
        byParent = new Map();
        groups.set(parent, byParent);
      }
      const list = byParent.get(key);
      if (list === undefined) byParent.set(key, [element]);
      else list.push(element);
    }
    for (const [signature, members] of [...groups.values()].flatMap((byParent) => [...byParent])) {
      if (
        members.length < 2 ||
        /^(?:a|span|p|br|img|i|b|strong|em|time|option|input|svg)\./.test(signature)
      )
        continue;
      let score = 0;
      for (const member of members) {
        const text = _text(member);
        if (text.length >= 15 && _authorLike(member, () => false) !== undefined) score++;
      }
      if (score >= 2 && (best === undefined || score > best.score))
        best = { area, signature, score, members };
    }
  }
  if (best === undefined) return [];
  // The sibling group, and the same-shaped items nested in its members (replies).
  const { signature, members } = best;
  const out: Element[] = [];
  for (const member of members) {
    out.push(member);
    for (const element of _elements(member, (child) => _HIDDEN.has(child.tagName))) {
      if (_signature(element) === signature && _text(element).length > 0) out.push(element);
    }
  }
  return out;
}
