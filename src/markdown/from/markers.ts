// The marginalia markers (`<!-- marginalia:… -->`, see `../_meta.ts`) in the
// body: one handler per kind.

import type { Html } from "mdast";
import { ArticleError } from "../../error.js";
import type { Block } from "../../schema/block.js";
import { _assign } from "../_assign.js";
import { _byline } from "../_byline.js";
import { _readMarker } from "../_meta.js";
import { CLEARABLE } from "../_read-blocks.js";
import { _flushMeta, _push, _pushRaw, type State } from "./state.js";

/** Article keys that belong to the body, never to front matter or markers. */
const CONTENT_KEYS = new Set(["lead", "sections", "comments"]);

/**
 * Read a marker node (an `html` node that starts like one).
 *
 * @param state
 *   Builder state.
 * @param node
 *   The marker.
 * @throws {ArticleError}
 *   When an `article` marker holds a content key or a key front matter gave.
 */
export function _marker(state: State, node: Html): void {
  const marker = _readMarker(node.value);
  if (marker === undefined || typeof marker === "string") {
    _pushRaw(
      state,
      node,
      node.value,
      "bad-marker",
      `Kept a marker as a raw block: ${marker ?? "it is not closed as written"}`,
    );
    return;
  }
  switch (marker.kind) {
    case "article":
      _articleMarker(state, node, marker.value);
      return;
    case "meta":
      _flushMeta(state);
      state.meta = { value: marker.value, node };
      return;
    case "block":
      _blockMarker(state, node, marker.value);
      return;
    default:
      _commentMarker(state, marker.value);
  }
}

/** Article fields too deep for YAML: only first in the body. */
function _articleMarker(state: State, node: Html, value: Record<string, unknown>): void {
  const { index, children } = state;
  const first = index === 0 || (index === 1 && children[0]?.type === "yaml");
  if (!first) {
    _pushRaw(
      state,
      node,
      node.value,
      "bad-marker",
      "Kept an `article` marker as a raw block: it must come first in the body",
    );
    return;
  }
  for (const key of Object.keys(value)) {
    if (CONTENT_KEYS.has(key) || Object.hasOwn(state.article, key)) {
      const start = node.position?.start;
      throw new ArticleError([
        {
          code: "invalid_value",
          message: CONTENT_KEYS.has(key)
            ? `Expected \`${key}\` in the Markdown body, not in an \`article\` marker`
            : `Expected \`${key}\` once, found it in front matter and in the \`article\` marker`,
          path: [key],
          place: start ? { line: start.line, column: start.column } : { line: 1, column: 1 },
        },
      ]);
    }
  }
  _assign(state.article, value);
  if (typeof value.title === "string") state.titleFromFrontMatter = true;
}

/** A whole block Markdown cannot write, with a waiting `meta` merged in. */
function _blockMarker(state: State, node: Html, value: Record<string, unknown>): void {
  const block: Record<string, unknown> = {};
  _assign(block, value);
  if (state.meta) {
    _assign(block, state.meta.value, CLEARABLE);
    state.meta = undefined;
  }
  _push(state, block as Block, node, undefined);
}

/** A comment's metadata: the blocks after it are its body. */
function _commentMarker(state: State, value: Record<string, unknown>): void {
  _flushMeta(state);
  const comment: Record<string, unknown> = {};
  _assign(comment, value);
  const body: Block[] = [];
  comment.body = body;
  const path = ["comments", state.comments.length, "body"];
  state.comments.push(comment);
  state.container = { blocks: body, path };
  state.byline = _byline(comment);
}
