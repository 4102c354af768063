// Image lines, and the credit and caption lines that belong to the last
// image before them still without one.
import type { Image } from "../../schema/block.js";
import { _captionOf, _creditOf, _imageOf, type Line } from "../_lines.js";
import { _flushBody } from "./blocks.js";
import { _note, type State } from "./state.js";

/**
 * Read an image, credit or caption line.
 *
 * @param state
 *   State of the read.
 * @param line
 *   Line.
 * @returns
 *   Whether the line was one (a credit or caption with no image is reported).
 */
export function _readImage(state: State, line: Line): boolean {
  const content = line.content;
  const url = _imageOf(content);
  if (url !== undefined) {
    _flushBody(state, false);
    const image: Image = { type: "image", url };
    state.blocks.push(image);
    state.uncredited.push(image);
    state.uncaptioned.push(image);
    return true;
  }
  const credit = _creditOf(content);
  if (credit !== undefined) {
    _flushBody(state, false);
    const image = state.uncredited.pop();
    if (image) image.credit = credit;
    else {
      _note(
        state,
        line,
        "credit-without-image",
        "Image credit with no image before it to belong to",
      );
    }
    return true;
  }
  const caption = _captionOf(content);
  if (caption !== undefined) {
    _flushBody(state, false);
    const image = state.uncaptioned.pop();
    if (image) image.caption = caption;
    else {
      _note(
        state,
        line,
        "caption-without-image",
        "Image caption with no image before it to belong to",
      );
    }
    return true;
  }
  return false;
}
