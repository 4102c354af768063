export {
  ArticleError,
  formatIssues,
  formatPath,
  ISSUE_CODES,
  type Issue,
  type IssueCode,
  isArticleError,
  type Place,
  type SafeResult,
} from "./error.js";
export { type FromJsonOptions, fromJson, type ToJsonOptions, toJson } from "./json/json.js";
export { type ParseOptions, parseArticle, safeParseArticle } from "./json/parse.js";
export * from "./schema/index.js";
export { normalizeMarks } from "./schema/marks.js";
