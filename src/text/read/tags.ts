// Tags lines ("Sujets liés : a, b", "Tags: x · y"): each name becomes a tag
// (deduplicated by slug at the end of the read).
import type { Tag } from "../../schema/tag.js";
import { slugify } from "../../tags/slugify.js";
import { _tagsOf, type Line } from "../_lines.js";
import { _flushBody } from "./blocks.js";
import type { State } from "./state.js";

/**
 * Read a tags line.
 *
 * @param state
 *   State of the read.
 * @param line
 *   Line.
 * @returns
 *   Whether the line was a tags line.
 */
export function _readTags(state: State, line: Line): boolean {
  const tagLine = _tagsOf(line.content);
  if (!tagLine) return false;
  _flushBody(state, false);
  for (const name of tagLine.names) {
    const tag: Tag = { name, slug: slugify(name) };
    if (tagLine.kind !== undefined) tag.kind = tagLine.kind;
    state.tags.push(tag);
  }
  return true;
}
