// The comment count the page declares: "34 responses", "Commentaires (6)",
// "12 Ergänzungen", "1 234 comments", JSON-LD `commentCount`.
import type { Element, Root } from "hast";
import { _classId, _elements, _HIDDEN, _text } from "./_dom.js";

const WORDS =
  "comments?|commentaires?|kommentare?|comentarios?|r[ée]actions?|responses?|r[ée]ponses?|replies|ergänzungen|réflexions?|thoughts?|antworten|respuestas?|opinions?|avis|messages?|contributions?";
const NUMBER = "(\\d{1,3}(?:[\\s\\u00a0\\u202f.,'’]\\d{3})+|\\d+|one|un|une|ein|eine|uno|una)";
const BEFORE = new RegExp(`(?:^|[^\\p{L}\\d])${NUMBER}\\s+(?:${WORDS})(?![\\p{L}])`, "iu");
const AFTER = new RegExp(`(?:^|[^\\p{L}])(?:${WORDS})\\s*[(\\[:]?\\s*${NUMBER}\\s*[)\\]]?\\s*$`, "iu");
const WORD_NUMBERS: Record<string, number> = { one: 1, un: 1, une: 1, ein: 1, eine: 1, uno: 1, una: 1 };

function _number(value: string): number {
  const lower = value.toLowerCase();
  if (lower in WORD_NUMBERS) return WORD_NUMBERS[lower] as number;
  return Number(value.replace(/[^\d]/g, ""));
}

/**
 * Read a count from a short text ("34 responses to …", "Commentaires (6)").
 *
 * @param text
 *   Text of a heading or counter.
 * @returns
 *   The count or `undefined`.
 */
export function _readCount(text: string): number | undefined {
  if (text.length > 200) return undefined;
  const before = BEFORE.exec(text);
  if (before !== null) return _number(before[1] as string);
  const after = AFTER.exec(text);
  if (after !== null) return _number(after[1] as string);
  return undefined;
}

/**
 * Find the count the page declares: a heading or counter in the comment
 * area first, then headings, then counters elsewhere.
 *
 * @param tree
 *   Page.
 * @param area
 *   Elements of the comment area (its headings come first).
 * @param declared
 *   The JSON-LD `commentCount`, if any.
 * @returns
 *   The count, or `undefined`.
 */
export function _declaredCount(tree: Root, area: Element | undefined, declared: number | undefined): number | undefined {
  const headings = (root: Element | Root): Element[] =>
    _elements(root, (element) => _HIDDEN.has(element.tagName)).filter((element) => /^h[1-6]$/.test(element.tagName));
  if (area !== undefined) {
    for (const heading of headings(area)) {
      const count = _readCount(_text(heading));
      if (count !== undefined) return count;
    }
  }
  if (declared !== undefined) return declared;
  const all = _elements(tree, (element) => _HIDDEN.has(element.tagName));
  for (const element of all) {
    if (!/^h[1-6]$/.test(element.tagName)) continue;
    const count = _readCount(_text(element));
    if (count !== undefined) return count;
  }
  for (const element of all) {
    if (!/comment|kommentar|reac|respons|count|nombre/.test(_classId(element))) continue;
    const text = _text(element);
    if (text.length > 60) continue;
    const count = _readCount(text);
    if (count !== undefined) return count;
  }
  return undefined;
}
