import type * as z from "zod";
import type { _Known } from "./_types.js";
import { _zodObject } from "./_zod.js";

// Built from the one description of the model's fields and rules (`_model.ts`).

export { COMMENT_STATUSES } from "./_model.js";

/**
 * A reader comment. Comments are stored flat, in document order; a reply
 * names its parent with `parentId`, and `buildThread` computes the tree.
 */
export const CommentSchema = /* @__PURE__ */ _zodObject("comment");

/** A reader comment. */
export interface Comment extends _Known<z.output<typeof CommentSchema>> {}
/** A reader comment as it may be written before defaults are filled in. */
export interface CommentInput extends _Known<z.input<typeof CommentSchema>> {}
