// Paragraphs, quote blocks and lists made from lines, with the quote marks
// of their text and a message for each odd quotation mark, placed in the
// source.
import { _placer } from "../../_place.js";
import { _findQuotes, type QuoteProblem } from "../../quotes/find.js";
import type { List, Paragraph, Quote } from "../../schema/block.js";
import { _bulletOf, _orderedItemOf, type Line } from "../_lines.js";
import { _note, type State } from "./state.js";

/** Odd quotation marks listed per paragraph; the rest are counted in one message. */
const MAX_QUOTE_NOTES = 100;

const QUOTE_REASONS = {
  unclosed: "Opening quotation mark never closed in its paragraph: no quote mark made",
  stray: "Closing quotation mark with nothing open: no quote mark made",
  misplaced: "Mis-typed guillemet read as the one meant",
} as const;

const QUOTE_RULES = {
  unclosed: "unclosed-quote",
  stray: "stray-quote",
  misplaced: "misplaced-guillemet",
} as const;

/**
 * Make a paragraph of lines.
 *
 * @param state
 *   State of the read (for messages).
 * @param chunk
 *   Its lines.
 * @param texts
 *   The text of each line when it is not the line's content (a quote's line
 *   without its `>`, a list item without its bullet): each must end the
 *   line's content.
 * @returns
 *   The paragraph, with its quote marks.
 */
export function _paragraph(
  state: State,
  chunk: readonly Line[],
  texts?: readonly string[],
): Paragraph {
  const parts = texts ?? chunk.map((line) => line.content);
  const text = parts.join("\n");
  const result: Paragraph = { type: "paragraph", text };
  const found = _findQuotes(text, MAX_QUOTE_NOTES);
  if (found.marks.length > 0) result.marks = found.marks;
  if (found.problems.length === 0) return result;
  const placeOf = _placer(text);
  for (const problem of found.problems as QuoteProblem[]) {
    const at = placeOf(problem.offset);
    const line = chunk[at.line - 1] as Line;
    const part = parts[at.line - 1] as string;
    const shift = (texts ? line.content.length - part.length : 0) + line.start;
    _note(
      state,
      line,
      QUOTE_RULES[problem.kind],
      QUOTE_REASONS[problem.kind],
      shift + at.column,
      problem.char,
    );
  }
  if (found.total > found.problems.length) {
    _note(
      state,
      chunk[0] as Line,
      "quote-notes-truncated",
      `${found.total - found.problems.length} more odd quotation marks in this paragraph are not listed (${found.total} in all)`,
      undefined,
      "",
    );
  }
  return result;
}

/**
 * Make a quote block of `>` lines: `>` alone separates paragraphs; a last
 * line `— Name` is the attribution.
 *
 * @param state
 *   State of the read.
 * @param chunk
 *   Its lines, each `>` or `> text`.
 * @returns
 *   The quote.
 */
export function _quoteBlock(state: State, chunk: readonly Line[]): Quote {
  const texts = chunk.map((line) => line.content.slice(1).trim());
  const quote: Quote = { type: "quote", blocks: [] };
  const lastText = texts[texts.length - 1] ?? "";
  let end = chunk.length;
  if (end > 1 && (lastText.startsWith("— ") || lastText.startsWith("– "))) {
    quote.attribution = lastText.slice(2).trim();
    end--;
  }
  let from = 0;
  for (let index = 0; index <= end; index++) {
    if (index === end || texts[index] === "") {
      if (index > from) {
        quote.blocks.push(_paragraph(state, chunk.slice(from, index), texts.slice(from, index)));
      }
      from = index + 1;
    }
  }
  return quote;
}

/**
 * Whether a line opens or continues a quote block (`>` alone or `> text`).
 *
 * @param content
 *   Trimmed line.
 * @returns
 *   Whether it is a quote line.
 */
export function _isQuoteLine(content: string): boolean {
  return content.charAt(0) === ">" && (content.length === 1 || content.charAt(1) === " ");
}

/**
 * Make a list of a chunk whose every line is an item of one kind
 * (`- x`, `• x`, or `1. x`).
 *
 * @param state
 *   State of the read.
 * @param chunk
 *   Lines.
 * @returns
 *   The list, or `undefined` when a line is not an item or the kinds mix.
 */
export function _list(state: State, chunk: readonly Line[]): List | undefined {
  const lines: Line[] = [];
  const items: string[] = [];
  let ordered: boolean | undefined;
  for (const line of chunk) {
    const bullet = _bulletOf(line.content);
    const item = bullet ? bullet.rest : _orderedItemOf(line.content);
    const isOrdered = !bullet;
    if (item === undefined || item === "" || (ordered !== undefined && ordered !== isOrdered)) {
      return undefined;
    }
    ordered = isOrdered;
    lines.push(line);
    items.push(item);
  }
  const list: List = { type: "list", ordered: ordered ?? false, items: [] };
  for (let index = 0; index < lines.length; index++) {
    list.items.push(_paragraph(state, [lines[index] as Line], [items[index] as string]));
  }
  return list;
}
