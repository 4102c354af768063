// The entry `marginalia/markdown`: Markdown in and out, built on unified.
// Kept apart from the root entry so that a bundle importing `countWords`
// never carries unified, micromark or mdast code. Re-exports only.
export { fromMarkdown, MARKDOWN_LIMITS } from "./markdown/from/index.js";
export { toMarkdown } from "./markdown/to/index.js";
export type {
  FromMarkdownOptions,
  FromMarkdownResult,
  MarkdownMessage,
  MarkdownRuleId,
  ToMarkdownOptions,
} from "./markdown/types.js";
