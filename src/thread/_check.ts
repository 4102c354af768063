import { _expectArray, _kind } from "../_args.js";
import { ArticleError, type Issue } from "../error.js";

/**
 * Check that comments are a list of objects with string ids (and string
 * `parentId` when present); content from outside the model may not be.
 */
export function _checkComments(comments: unknown, fn: string): void {
  _expectArray(comments, "comments", fn);
  const issues: Issue[] = [];
  for (let index = 0; index < comments.length; index++) {
    const comment: unknown = comments[index];
    if (typeof comment !== "object" || comment === null) {
      issues.push({
        code: "invalid_type",
        message: `Expected a comment object, found ${_kind(comment)}`,
        path: ["comments", index],
      });
      continue;
    }
    const { id, parentId } = comment as { id?: unknown; parentId?: unknown };
    if (typeof id !== "string") {
      issues.push({
        code: id === undefined ? "missing_field" : "invalid_type",
        message: `Expected a string comment id, found ${_kind(id)}`,
        path: ["comments", index, "id"],
      });
    }
    if (parentId !== undefined && typeof parentId !== "string") {
      issues.push({
        code: "invalid_type",
        message: `Expected \`parentId\` to be a string, found ${_kind(parentId)}`,
        path: ["comments", index, "parentId"],
      });
    }
  }
  if (issues.length > 0) throw new ArticleError(issues);
}
