// Headings before the comments: `#` is the title, `##`–`######` open
// sections. A heading the model cannot hold is kept as a raw block.

import type { Heading } from "mdast";
import type { Block } from "../../schema/block.js";
import { _assign } from "../_assign.js";
import { _report, _source, CLEARABLE } from "../_read-blocks.js";
import { _plainText, _readInline } from "../_read-inline.js";
import { _flushMeta, _pushRaw, type State } from "./state.js";

/**
 * Read a heading that comes before the comments.
 *
 * @param state
 *   Builder state.
 * @param node
 *   Heading.
 */
export function _heading(state: State, node: Heading): void {
  const heading = _headingText(state, node);
  if (node.depth === 1) _title(state, node, heading);
  else _section(state, node, heading);
}

/** The first `#` heading with text is the title (unless front matter gave one). */
function _title(state: State, node: Heading, heading: string): void {
  if (
    !state.sawTitle &&
    !state.titleFromFrontMatter &&
    state.sections.length === 0 &&
    heading.trim() !== ""
  ) {
    state.sawTitle = true;
    state.title = heading;
    _flushMeta(state);
    return;
  }
  _pushRaw(
    state,
    node,
    _source(state, node),
    "extra-title",
    "Kept a second `#` title as a raw block",
  );
}

/** A `##`–`######` heading opens a section, with a waiting `meta` merged in. */
function _section(state: State, node: Heading, heading: string): void {
  if (heading.trim() === "" && !(state.meta && typeof state.meta.value.heading === "string")) {
    _pushRaw(
      state,
      node,
      _source(state, node),
      "heading-empty",
      "Kept a heading without text as a raw block",
    );
    return;
  }
  if (node.depth > state.level + 1) {
    _report(
      state,
      "heading-level-jump",
      `Read a level ${node.depth} heading after level ${state.level}; the level is kept`,
      node,
      ["sections", state.sections.length],
    );
  }
  state.level = node.depth;
  const blocks: Block[] = [];
  const section: Record<string, unknown> = { heading, level: node.depth, blocks };
  if (state.meta) {
    _assign(section, state.meta.value, CLEARABLE);
    state.meta = undefined;
  }
  const path = ["sections", state.sections.length, "blocks"];
  state.sections.push(section);
  state.container = { blocks, path };
}

function _headingText(state: State, node: Heading): string {
  const inline = _readInline(node.children);
  if (inline.ok && inline.marks.length === 0 && !inline.hardBreak) return inline.text;
  _report(state, "heading-formatting", "Read a heading's formatting as plain text", node);
  return _plainText(node.children);
}
