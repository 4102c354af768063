// Body blocks: the lines waiting in the state become a paragraph, a list, a
// quote, an embed, or the heading of a new section.
import type { Block, Embed } from "../../schema/block.js";
import type { Section } from "../../schema/section.js";
import { _embedOf, _isBareHeading, _isDocumentLine, type Line } from "../_lines.js";
import { _list, _paragraph, _quoteBlock } from "./paragraphs.js";
import type { State } from "./state.js";

/**
 * Make the waiting quote lines a quote block.
 *
 * @param state
 *   State of the read.
 * @param into
 *   Where the block goes.
 */
export function _flushQuote(state: State, into: Block[]): void {
  if (state.quoteLines.length === 0) return;
  into.push(_quoteBlock(state, state.quoteLines));
  state.quoteLines = [];
}

/**
 * Make the waiting body lines blocks (the quote lines first).
 *
 * @param state
 *   State of the read.
 * @param standalone
 *   Whether the lines stood alone (a blank line or the end after them): only
 *   then can one line be an embed or a bare section heading.
 */
export function _flushBody(state: State, standalone: boolean): void {
  _flushQuote(state, state.blocks);
  if (state.pending.length === 0) return;
  const chunk = state.pending;
  state.pending = [];
  if (chunk.length === 1 && state.pendingAfterBlank && standalone) {
    if (_lineBlock(state, chunk[0] as Line)) return;
  }
  state.blocks.push(_list(state, chunk) ?? _paragraph(state, chunk));
}

/**
 * Start a section.
 *
 * @param state
 *   State of the read.
 * @param heading
 *   Its heading.
 * @param level
 *   Its level.
 */
export function _startSection(state: State, heading: string, level: Section["level"]): void {
  const section: Section = { heading, level, blocks: [] };
  state.sections.push(section);
  state.blocks = section.blocks;
}

// A line standing alone that is a block of its own: a document placeholder,
// an embed, or a bare section heading. Returns whether it was one.
function _lineBlock(state: State, line: Line): boolean {
  const content = line.content;
  if (_isDocumentLine(content)) {
    state.blocks.push({ type: "embed", provider: "document", text: content });
    return true;
  }
  const embed = _embedOf(content);
  if (embed) {
    const block: Embed = { type: "embed", provider: embed.provider };
    if (embed.url !== undefined) block.url = embed.url;
    if (embed.text !== undefined) block.text = embed.text;
    state.blocks.push(block);
    return true;
  }
  if (_isBareHeading(content)) {
    _startSection(state, content, 2);
    return true;
  }
  return false;
}
