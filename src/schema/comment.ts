import type * as z from "zod";
import type { _Known } from "./_types.js";
import { _zodObject } from "./_zod.js";

// Built from the one description of the model's fields and rules (`_model.ts`).

export { COMMENT_KINDS, COMMENT_STATUSES, MISSING_REASONS } from "./_model.js";

/**
 * A reader comment. Comments are stored flat, in document order; a reply
 * names its parent with `parentId`, and `buildThread` computes the tree.
 * `kind` tells pingbacks, trackbacks and editorial notes from reader
 * comments (absent: a reader comment).
 */
export const CommentSchema = /* @__PURE__ */ _zodObject("comment");

/** A reader comment. */
export interface Comment extends _Known<z.output<typeof CommentSchema>> {}
/** A reader comment as it may be written before defaults are filled in. */
export interface CommentInput extends _Known<z.input<typeof CommentSchema>> {}

/**
 * A record, on the article, of comments that exist but are not in its
 * `comments`: why (`reason`), how many, their ids when known, and where
 * they are (`provider`, `url`). Unknown keys are kept.
 */
export const MissingCommentsSchema = /* @__PURE__ */ _zodObject("missingComments");

/** A record of comments that exist but are not in the article. */
export interface MissingComments extends _Known<z.output<typeof MissingCommentsSchema>> {}
