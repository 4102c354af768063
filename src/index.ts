// The root entry `marginalia`: the model, JSON in and out, and the pure
// utilities. Re-exports only; Markdown lives in `marginalia/markdown`.
export * from "./dedup/index.js";
export {
  ArticleError,
  formatIssues,
  formatPath,
  ISSUE_CODES,
  type Issue,
  type IssueCode,
  isArticleError,
  type Path,
  type Place,
  type SafeResult,
} from "./error.js";
export { type FromJsonOptions, fromJson, type ToJsonOptions, toJson } from "./json/json.js";
export { type ParseOptions, parseArticle, safeParseArticle } from "./json/parse.js";
export type { Message } from "./message.js";
export * from "./quotes/index.js";
export type { WithUnknown } from "./schema/_types.js";
export type { CommentInput } from "./schema/comment.js";
export * from "./schema/index.js";
export { normalizeMarks } from "./schema/marks.js";
export type { SectionInput } from "./schema/section.js";
export * from "./tags/index.js";
export * from "./text/index.js";
export * from "./thread/index.js";
export * from "./words/index.js";
