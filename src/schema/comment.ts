import * as z from "zod";
import { _date, _nonEmpty } from "./_fields.js";
import type { _Known } from "./_types.js";
import { BlockSchema } from "./block.js";
import { PersonSchema } from "./person.js";

/** Moderation states of a comment. */
export const COMMENT_STATUSES = ["published", "pending", "spam", "deleted"] as const;

/**
 * A reader comment. Comments are stored flat, in document order; a reply
 * names its parent with `parentId`, and `buildThread` computes the tree.
 */
export const CommentSchema = /* @__PURE__ */ z
  .looseObject({
    id: _nonEmpty(),
    parentId: _nonEmpty().optional(),
    author: PersonSchema,
    publishedAt: _date().optional(),
    updatedAt: _date().optional(),
    status: z.enum(COMMENT_STATUSES).default("published"),
    body: z.array(BlockSchema).default([]),
    score: z.number().optional(),
  })
  .meta({ id: "Comment" });

/** A reader comment. */
export interface Comment extends _Known<z.output<typeof CommentSchema>> {}
/** A reader comment as it may be written before defaults are filled in. */
export interface CommentInput extends _Known<z.input<typeof CommentSchema>> {}
