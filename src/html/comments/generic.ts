// The generic comment finder, for platforms the data in platforms.ts does
// not name: an element whose id, class or heading says "comments" (in
// English, French, German or Spanish) holding repeated sibling items of one
// shape, each with an author-like element and some text.
import type { Element, ElementContent } from "hast";
import { _attr, _classId, _HIDDEN, _text } from "../_dom.js";
import { _visibleUpTo, type PageIndex } from "../_index.js";

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
  // The item's own elements in document order, walked only up to the first
  // author-like one (the first 12 are kept for the fallback below).
  const first: Element[] = [];
  const stack: ElementContent[] = [];
  for (let index = item.children.length - 1; index >= 0; index--) {
    stack.push(item.children[index] as ElementContent);
  }
  while (stack.length > 0) {
    const element = stack.pop() as ElementContent;
    if (element.type !== "element" || skip(element) || _HIDDEN.has(element.tagName)) continue;
    if (first.length < 12) first.push(element);
    const key = `${_classId(element)} ${_attr(element, "itemProp") ?? ""}`;
    if (AUTHOR.test(key) && !/avatar|photo|image|img/.test(key)) {
      const text = _text(element);
      if (text !== "" && text.length <= 80) return element;
    }
    // (A template is hidden: skipped above with its content.)
    for (let index = element.children.length - 1; index >= 0; index--) {
      stack.push(element.children[index] as ElementContent);
    }
  }
  for (const element of first) {
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

/** Whether `_text(element)` is at most `limit` long and not empty, from the index's bound first. */
function _shortText(index: PageIndex, position: number, limit: number): boolean {
  const visible = _visibleUpTo(index, position, limit);
  if (visible === 0 || visible > limit) return false;
  return _text(index.order[position] as Element).length <= limit;
}

/**
 * Whether an item has an author-like element, as {@link _authorLike} with
 * nothing skipped, answered from positions: the page's author-like elements
 * are found once, and each item looks for the first one inside it.
 */
function _makeHasAuthor(index: PageIndex): (position: number) => boolean {
  const { order, up, end } = index;
  const hidden = new Uint8Array(order.length);
  const authors: number[] = [];
  for (let position = 0; position < order.length; position++) {
    const element = order[position] as Element;
    const parent = up[position] as number;
    hidden[position] =
      index.hiddenTag[position] === 1 || (parent >= 0 && hidden[parent] === 1) ? 1 : 0;
    if (hidden[position] === 1) continue;
    const key = `${_classId(element)} ${_attr(element, "itemProp") ?? ""}`;
    if (AUTHOR.test(key) && !/avatar|photo|image|img/.test(key) && _shortText(index, position, 80))
      authors.push(position);
  }
  return (position) => {
    // The first author-like element strictly inside.
    let low = 0;
    let high = authors.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((authors[middle] as number) <= position) low = middle + 1;
      else high = middle;
    }
    const first = authors[low];
    if (first !== undefined && first < (end[position] as number)) return true;
    // Else a short strong, b or cite among its first twelve elements.
    let seen = 0;
    let at = position + 1;
    while (at < (end[position] as number) && seen < 12) {
      if (hidden[at] === 1) {
        at = end[at] as number;
        continue;
      }
      const tag = (order[at] as Element).tagName;
      if ((tag === "strong" || tag === "b" || tag === "cite") && _shortText(index, at, 60))
        return true;
      seen++;
      at++;
    }
    return false;
  };
}

/**
 * Find comment items on a page no platform matched: in one pass, the
 * groups of same-shaped siblings under an element that says comments; the
 * group with the most items that have an author and some text wins (the
 * first on a tie).
 *
 * @param index
 *   The page's index.
 * @returns
 *   The items (nested items included), in document order; empty when none.
 */
export function _genericItems(index: PageIndex): Element[] {
  const { order, up, end } = index;
  const count = order.length;
  // Under an area: a strict ancestor says comments (no hidden element between).
  const state = new Uint8Array(count); // 1 hidden, 2 under an area, 4 is an area
  const groups = new Map<number, Map<string, number[]>>();
  for (let position = 0; position < count; position++) {
    const element = order[position] as Element;
    const parent = up[position] as number;
    const parentState = parent >= 0 ? (state[parent] as number) : 0;
    if (index.hiddenTag[position] === 1 || (parentState & 1) === 1) {
      state[position] = 1;
      continue;
    }
    let flags = parentState & 4 || parentState & 2 ? 2 : 0;
    if (element.tagName !== "body" && element.tagName !== "html" && _isArea(element)) flags |= 4;
    state[position] = flags;
    if ((flags & 2) === 0 || parent < 0) continue;
    const key = _signature(element);
    let byParent = groups.get(parent);
    if (byParent === undefined) {
      byParent = new Map();
      groups.set(parent, byParent);
    }
    const list = byParent.get(key);
    if (list === undefined) byParent.set(key, [position]);
    else list.push(position);
  }
  let hasAuthor: ((position: number) => boolean) | undefined;
  let best: { signature: string; score: number; members: number[] } | undefined;
  for (const byParent of groups.values()) {
    for (const [signature, members] of byParent) {
      if (
        members.length < 2 ||
        /^(?:a|span|p|br|img|i|b|strong|em|time|option|input|svg)\./.test(signature)
      )
        continue;
      hasAuthor ??= _makeHasAuthor(index);
      let score = 0;
      for (const member of members) {
        const visible = _visibleUpTo(index, member, 15);
        const long =
          visible >= 15 || (visible >= 8 && _text(order[member] as Element).length >= 15);
        if (long && hasAuthor(member)) score++;
      }
      if (score >= 2 && (best === undefined || score > best.score))
        best = { signature, score, members };
    }
  }
  if (best === undefined) return [];
  // The sibling group, and the same-shaped items nested in its members (replies).
  const { signature, members } = best;
  const out: Element[] = [];
  for (const member of members) {
    out.push(order[member] as Element);
    for (let at = member + 1; at < (end[member] as number); at++) {
      if (state[at] === 1) {
        at = (end[at] as number) - 1;
        continue;
      }
      if (_visibleUpTo(index, at, 0) > 0 && _signature(order[at] as Element) === signature)
        out.push(order[at] as Element);
    }
  }
  return out;
}
