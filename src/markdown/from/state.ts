// The state of the mdast → article builder, shared by its handlers (front
// matter, markers, headings, blocks), the way mdast-util-to-markdown's
// handlers share one `state`.

import type { RootContent } from "mdast";
import type { Path } from "../../error.js";
import type { Block, Paragraph } from "../../schema/block.js";
import { _report, _source, type Context } from "../_read-blocks.js";
import type { MarkdownRuleId } from "../types.js";

/** Where blocks go now: the lead, a section's blocks or a comment's body. */
export interface Container {
  /** The list to append to. */
  blocks: Block[];
  /** Its path in the article. */
  path: Path;
}

/** A `meta` marker waiting for the block or section it applies to. */
export interface PendingMeta {
  /** Its fields. */
  value: Record<string, unknown>;
  /** The marker's node. */
  node: RootContent;
}

/** What the handlers share while building one article. */
export interface State extends Context {
  /** The top-level nodes of the tree. */
  children: readonly RootContent[];
  /** Index of the node being read. */
  index: number;
  /** The article being built (not yet checked). */
  article: Record<string, unknown>;
  /** The lead's blocks. */
  lead: Block[];
  /** The sections so far. */
  sections: Record<string, unknown>[];
  /** The comments so far. */
  comments: Record<string, unknown>[];
  /** Where blocks go now. */
  container: Container;
  /** The `#` title, when one was read. */
  title: string | undefined;
  /** Whether front matter or the `article` marker gave the title. */
  titleFromFrontMatter: boolean;
  /** Whether a `#` title was read. */
  sawTitle: boolean;
  /** Level of the last section heading (1 before any). */
  level: number;
  /** The `meta` marker waiting for what it applies to. */
  meta: PendingMeta | undefined;
  /** The byline the next paragraph repeats, right after a comment marker. */
  byline: Paragraph | undefined;
  /** Whether `content-before-title` was reported. */
  warnedBeforeTitle: boolean;
}

/**
 * Start building an article.
 *
 * @param context
 *   Source and messages.
 * @param children
 *   Top-level nodes of the tree.
 * @returns
 *   A fresh state.
 */
export function _createState(context: Context, children: readonly RootContent[]): State {
  const lead: Block[] = [];
  return {
    source: context.source,
    messages: context.messages,
    children,
    index: 0,
    article: {},
    lead,
    sections: [],
    comments: [],
    container: { blocks: lead, path: ["lead"] },
    title: undefined,
    titleFromFrontMatter: false,
    sawTitle: false,
    level: 1,
    meta: undefined,
    byline: undefined,
    warnedBeforeTitle: false,
  };
}

/**
 * Append a block to the current container.
 *
 * @param state
 *   Builder state.
 * @param block
 *   Block.
 * @param node
 *   Node it was read from.
 * @param reason
 *   Why it is raw, when it is (reported as `raw-block`).
 */
export function _push(
  state: State,
  block: Block,
  node: RootContent,
  reason: string | undefined,
): void {
  const path = [...state.container.path, state.container.blocks.length];
  state.container.blocks.push(block);
  if (reason !== undefined) {
    _report(state, "raw-block", `Kept ${reason} as a raw Markdown block`, node, path);
  }
  if (
    !state.sawTitle &&
    !state.titleFromFrontMatter &&
    !state.warnedBeforeTitle &&
    state.comments.length === 0
  ) {
    state.warnedBeforeTitle = true;
    _report(
      state,
      "content-before-title",
      "Read content before the `#` title into the lead",
      node,
      path,
    );
  }
}

/**
 * Keep a node that cannot be what it looks like as a raw block, with a
 * message (after flushing a waiting `meta` marker).
 *
 * @param state
 *   Builder state.
 * @param node
 *   Node.
 * @param value
 *   The raw Markdown.
 * @param ruleId
 *   Rule of the message.
 * @param reason
 *   Sentence of the message.
 */
export function _pushRaw(
  state: State,
  node: RootContent,
  value: string,
  ruleId: MarkdownRuleId,
  reason: string,
): void {
  _flushMeta(state);
  const path = [...state.container.path, state.container.blocks.length];
  state.container.blocks.push({ type: "raw", format: "markdown", value });
  _report(state, ruleId, reason, node, path);
}

/**
 * Keep a waiting `meta` marker that nothing followed as a raw block, with
 * an `unused-marker` message.
 *
 * @param state
 *   Builder state.
 */
export function _flushMeta(state: State): void {
  const meta = state.meta;
  if (meta === undefined) return;
  _report(
    state,
    "unused-marker",
    "Kept a marker followed by nothing it applies to as a raw block",
    meta.node,
  );
  state.meta = undefined;
  _push(
    state,
    { type: "raw", format: "markdown", value: _source(state, meta.node) },
    meta.node,
    undefined,
  );
}
