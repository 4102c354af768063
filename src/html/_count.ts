// The comment count the page declares: "7 responses", "Commentaires (4)",
// "5 Ergänzungen", "1 234 comments", JSON-LD `commentCount`.
import type { Element } from "hast";
import { _text } from "./_dom.js";
import { _visibleUpTo, type PageIndex } from "./_index.js";

const WORDS =
  "comments?|commentaires?|kommentare?|comentarios?|r[ée]actions?|responses?|r[ée]ponses?|replies|ergänzungen|réflexions?|thoughts?|antworten|respuestas?|opinions?|avis|messages?|contributions?";
const NUMBER = "(\\d{1,3}(?:[\\s\\u00a0\\u202f.,'’]\\d{3})+|\\d+|one|un|une|ein|eine|uno|una)";
const BEFORE = new RegExp(`(?:^|[^\\p{L}\\d])${NUMBER}\\s+(?:${WORDS})(?![\\p{L}])`, "iu");
const AFTER = new RegExp(
  `(?:^|[^\\p{L}])(?:${WORDS})\\s*[(\\[:]?\\s*${NUMBER}\\s*[)\\]]?\\s*$`,
  "iu",
);
const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  un: 1,
  une: 1,
  ein: 1,
  eine: 1,
  uno: 1,
  una: 1,
};

function _number(value: string): number {
  const lower = value.toLowerCase();
  if (lower in WORD_NUMBERS) return WORD_NUMBERS[lower] as number;
  return Number(value.replace(/[^\d]/g, ""));
}

/**
 * Read a count from a short text ("7 responses to …", "Commentaires (4)").
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

/** Elements with more than this many elements inside are not read as a counter. */
const MAX_ELEMENTS = 256;

/**
 * The text of the element at `position` when it may be at most `limit`
 * long, else `undefined` (from the index's bounds, without reading it).
 */
function _upTo(index: PageIndex, position: number, limit: number): string | undefined {
  if ((index.end[position] as number) - position > MAX_ELEMENTS) return undefined;
  if (_visibleUpTo(index, position, limit) > limit) return undefined;
  const text = _text(index.order[position] as Element);
  return text.length <= limit ? text : undefined;
}

/** Positions of the elements in [from, to) outside hidden elements, in order. */
function* _visible(index: PageIndex, from: number, to: number): Generator<number> {
  for (let position = from; position < to; position++) {
    if (index.hiddenTag[position] === 1) {
      position = (index.end[position] as number) - 1;
      continue;
    }
    yield position;
  }
}

/**
 * Find the count the page declares: a heading in the comment area first,
 * then JSON-LD `commentCount`, then the counter nearest before the first
 * comment (headings, elements whose class says comments or count, and short
 * elements that are only a counter: "2 Kommentare", "Vos réactions (58)"),
 * then the first counter of the page. Linear: each element is read only
 * when the index says its text is short enough to be a counter.
 *
 * @param index
 *   The page's index.
 * @param area
 *   Element holding the comments (its headings come first).
 * @param first
 *   The first comment item, if any.
 * @param declared
 *   The JSON-LD `commentCount`, if any.
 * @returns
 *   The count, or `undefined`.
 */
export function _declaredCount(
  index: PageIndex,
  area: Element | undefined,
  first: Element | undefined,
  declared: number | undefined,
): number | undefined {
  const at = area === undefined ? undefined : index.pos.get(area);
  if (at !== undefined) {
    for (const position of _visible(index, at + 1, index.end[at] as number)) {
      if (!/^h[1-6]$/.test((index.order[position] as Element).tagName)) continue;
      const text = _upTo(index, position, 200);
      const count = text === undefined ? undefined : _readCount(text);
      if (count !== undefined) return count;
    }
  }
  if (declared !== undefined) return declared;
  // Elements whose class or id says comments or count, from the index's lists.
  const classed = new Set<number>();
  for (const lists of [index.byClass, index.byId]) {
    for (const [name, positions] of lists) {
      if (COUNTER_CLASS.test(name.toLowerCase()))
        for (const position of positions) classed.add(position);
    }
  }
  const firstAt = first === undefined ? -1 : (index.pos.get(first) ?? -1);
  let before: number | undefined;
  let any: number | undefined;
  // Headings from the index's lists: most elements are passed over without being read.
  const headings = new Uint8Array(index.order.length);
  for (const tag of ["h1", "h2", "h3", "h4", "h5", "h6"]) {
    for (const position of index.byTag.get(tag) ?? []) headings[position] = 1;
  }
  for (let position = 0; position < index.order.length; position++) {
    if (index.hidden[position] === 1) continue;
    if (position === firstAt && before !== undefined) return before;
    const heading = headings[position] === 1;
    const isClassed = classed.has(position);
    let count: number | undefined;
    if (heading || isClassed) {
      const text = _upTo(index, position, heading ? 200 : 60);
      if (text !== undefined) count = _readCount(text);
    } else {
      if (!_leaf(index.order[position] as Element)) continue;
      const visible = _visibleUpTo(index, position, 30);
      if (visible === 0 || visible > 30) continue;
      const short = _upTo(index, position, 30);
      if (short !== undefined && STRICT.test(short)) count = _readCount(short);
    }
    if (count === undefined) continue;
    before = count;
    any ??= count;
  }
  return any;
}

const COUNTER_CLASS = /comment|kommentar|reac|respons|count|nombre/;

/** A short text that is only a counter, with at most one word before it. */
const STRICT = new RegExp(
  `^(?:[\\p{L}]+\\s+)?(?:${NUMBER}\\s+(?:${WORDS})|(?:${WORDS})\\s*\\(\\s*\\d[\\d\\s.,]*\\))$`,
  "iu",
);

function _leaf(element: Element): boolean {
  for (const child of element.children)
    if (child.type === "element" && child.tagName !== "span" && child.tagName !== "i") return false;
  return true;
}
