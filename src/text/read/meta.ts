// Lines read the same in the body and in the comments area outside any
// comment: tags, images, credits and captions.
import type { Line } from "../_lines.js";
import { _readImage } from "./images.js";
import type { State } from "./state.js";
import { _readTags } from "./tags.js";

/**
 * Read a tags, image, credit or caption line.
 *
 * @param state
 *   State of the read.
 * @param line
 *   Line.
 * @returns
 *   Whether the line was used.
 */
export function _readMeta(state: State, line: Line): boolean {
  return _readTags(state, line) || _readImage(state, line);
}
