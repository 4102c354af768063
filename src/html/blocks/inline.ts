// Phrasing content → one paragraph's text and marks. White space collapses
// as a browser shows it; `<br>` is a line break; links are made absolute and
// never keep a javascript:/data: URL; quotations in the text (« », “ ”)
// become quote marks through the same finder as `fromText`.
import type { ElementContent } from "hast";
import { _message } from "../../message.js";
import { _findQuotes } from "../../quotes/find.js";
import type { Mark, Paragraph } from "../../schema/block.js";
import { normalizeMarks } from "../../schema/marks.js";
import { _absolute, _attr, _HIDDEN } from "../_dom.js";
import type { BlockState } from "./state.js";

const MARKS: Readonly<Record<string, Mark["type"]>> = {
  strong: "strong",
  b: "strong",
  em: "emphasis",
  i: "emphasis",
  code: "code",
  kbd: "code",
  samp: "code",
  tt: "code",
  q: "quote",
  a: "link",
};

/** The quotation marks `_findQuotes` reads: « » ‹ › “ ” and ". */
const QUOTES = /["\u00ab\u00bb\u2039\u203a\u201c\u201d]/;

const UNSAFE = /^\s*(?:javascript|data|vbscript):/i;

/** A paragraph being built from phrasing content. */
export interface _InlineBuilder {
  text: string;
  marks: Mark[];
  space: boolean;
  /**
   * How `text` ends (see {@link END}), kept here because reading its last
   * characters would flatten the growing string each time: quadratic on a
   * long paragraph.
   */
  end: number;
}

/** How a builder's text ends: nothing yet, a word, one line break, two. */
const END = { empty: 0, word: 1, break: 2, breaks: 3 } as const;

/**
 * Start a paragraph.
 *
 * @returns
 *   An empty builder.
 */
export function _builder(): _InlineBuilder {
  return { text: "", marks: [], space: false, end: END.empty };
}

/**
 * A run of words: characters that are not white space (`\s` or U+200B),
 * single plain spaces between them included (text that keeps its spaces
 * as they are).
 */
const RUN = /[^\s\u200b]+(?: [^\s\u200b]+)*/g;

/**
 * Append text, collapsing white space.
 *
 * @param builder
 *   Paragraph being built.
 * @param value
 *   Text as written in the HTML.
 */
export function _add(builder: _InlineBuilder, value: string): void {
  // A native scan for the runs, not a loop over the code units: the text of every paragraph passes here.
  let { text, space, end } = builder;
  let last = 0;
  RUN.lastIndex = 0;
  for (let match = RUN.exec(value); match !== null; match = RUN.exec(value)) {
    // White space before the run.
    if (match.index > last) space = true;
    if (space && end === END.word) text += " ";
    space = false;
    text += match[0];
    end = END.word;
    last = RUN.lastIndex;
  }
  if (last < value.length) space = true;
  builder.text = text;
  builder.space = space;
  builder.end = end;
}

/**
 * Append a line break.
 *
 * @param builder
 *   Paragraph being built.
 */
export function _break(builder: _InlineBuilder): void {
  // The text never ends with a space (`_add` puts one only before a word).
  if (builder.end === END.word || builder.end === END.break) {
    builder.text += "\n";
    builder.end = builder.end === END.word ? END.break : END.breaks;
  }
  builder.space = false;
}

/**
 * Finish: trim, clamp marks, add quote marks, canonical marks.
 *
 * @param builder
 *   Paragraph being built.
 * @returns
 *   The paragraph, or `undefined` when it has no text.
 */
export function _done(builder: _InlineBuilder): Paragraph | undefined {
  const full = builder.text;
  const lead = full.length - full.trimStart().length;
  const text = full.trim();
  if (text === "") return undefined;
  const marks: Mark[] = [];
  for (const mark of builder.marks) {
    let start = Math.max(0, mark.start - lead);
    let end = Math.min(text.length, mark.end - lead);
    while (start < end && /\s/.test(text[start] as string)) start++;
    while (end > start && /\s/.test(text[end - 1] as string)) end--;
    if (start < end) marks.push({ ...mark, start, end });
  }
  // The quote finder finds nothing in a text without any quotation mark (most paragraphs): a regex scan says so faster.
  if (QUOTES.test(text)) for (const mark of _findQuotes(text, 0).marks) marks.push(mark);
  const paragraph: Paragraph = { type: "paragraph", text };
  if (marks.length > 0) paragraph.marks = normalizeMarks(marks);
  return paragraph;
}

/**
 * Append an element's phrasing content (or a text node) to a builder.
 * Iterative: a mark closes when its end marker is popped.
 *
 * @param node
 *   Element or text.
 * @param builder
 *   Paragraph being built.
 * @param state
 *   Shared state.
 */
export function _inline(node: ElementContent, builder: _InlineBuilder, state: BlockState): void {
  const stack: (ElementContent | (() => void))[] = [node];
  while (stack.length > 0) {
    const item = stack.pop() as ElementContent | (() => void);
    if (typeof item === "function") {
      item();
      continue;
    }
    if (item.type === "text") {
      _add(builder, item.value);
      continue;
    }
    if (item.type !== "element") continue;
    if (_HIDDEN.has(item.tagName) || state.skip(item)) continue;
    if (item.tagName === "br") {
      _break(builder);
      continue;
    }
    if (item.tagName === "img" || item.tagName === "iframe" || item.tagName === "input") continue;
    const type = MARKS[item.tagName];
    if (type !== undefined) {
      const start = builder.text.length;
      let mark: Mark | undefined = { type, start, end: start };
      if (type === "link") {
        const href = _attr(item, "href");
        const url = _absolute(href, state.base);
        if (href !== undefined && UNSAFE.test(href)) {
          state.messages.push(
            _message("unsafe-url", "A link to a javascript: or data: URL was kept as text only", {
              actual: href.slice(0, 80),
            }),
          );
        }
        mark = url === undefined ? undefined : { type, start, end: start, url };
      }
      if (mark !== undefined) {
        const open = mark;
        stack.push(() => {
          open.end = builder.text.length;
          if (open.end > open.start) builder.marks.push(open);
        });
      }
    }
    for (let index = item.children.length - 1; index >= 0; index--) {
      stack.push(item.children[index] as ElementContent);
    }
  }
}
