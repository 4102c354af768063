// The entry `marginalia/markdown`: Markdown in and out, built on unified.
// Kept apart from the root entry so that a bundle importing `countWords`
// never carries unified, micromark or mdast code. Re-exports only.
export { MARKDOWN_LIMITS } from "./markdown/_options.js";
export { fromMarkdown } from "./markdown/from/index.js";
export { mdastToArticle } from "./markdown/from/tree.js";
export { remarkArticle, remarkArticleParse } from "./markdown/remark-article.js";
export { toMarkdown } from "./markdown/to/index.js";
export { articleToMdast } from "./markdown/to/tree.js";
export type {
  FromMarkdownOptions,
  FromMarkdownResult,
  MarkdownLimits,
  MarkdownMessage,
  MarkdownRuleId,
  MdastToArticleOptions,
  MdastToArticleResult,
  RemarkArticleOptions,
  ToMarkdownOptions,
} from "./markdown/types.js";
