import type { Place } from "../error.js";
import type { Article } from "../schema/article.js";

/** Options of `fromMarkdown`. */
export interface FromMarkdownOptions {
  /**
   * Most delimiters (`*`, `_`, `[`, `]`, backticks, `<`, `\`, `&`, and
   * lines, a setext underline counting 9) between two blank lines, outside
   * fenced code; the squares of these counts, summed over the document,
   * may not exceed `2 × maxDelimiters²` (default: `4096`).
   */
  maxDelimiters?: number | undefined;
  /**
   * Most lines, each weighted by what it costs to parse: a line 1, one that
   * starts a block (after a blank line, or opening with `#`, `>`, a list
   * marker, a fence or `<`) 5, a one-line HTML comment 3, a line of fenced
   * code 1, of front matter 2.25, of an embed 3.25; an image (`![`) 6
   * more, a `!` 3/16, a tab 1/8, and in front matter and embeds each `[`,
   * `{`, `,`, `&`, `*`, `!` 1 (default: `50000`).
   */
  maxLines?: number | undefined;
  /**
   * Most block quote and list markers at the start of a line; indentation may
   * not exceed four columns per level (default: `32`).
   */
  maxNesting?: number | undefined;
  /** Longest input, in UTF-16 code units (default: `4194304`, 4 MiB). */
  maxSize?: number | undefined;
}

/**
 * Options of `toMarkdown`: the limits of the `fromMarkdown` that will read
 * the result (the same keys and defaults as `FromMarkdownOptions`).
 */
export type ToMarkdownOptions = FromMarkdownOptions;

/** Something `fromMarkdown` noticed and handled: nothing was dropped. */
export interface MarkdownMessage {
  /** Stable id of the rule, to branch on. */
  ruleId: MarkdownRuleId;
  /** A sentence for people. */
  message: string;
  /** Where in the Markdown (after line endings are normalised). */
  place?: Place;
  /** Where the content landed in the article, when it landed somewhere. */
  path?: (string | number)[];
}

/** Ids of the messages of `fromMarkdown`. */
export type MarkdownRuleId =
  | "nul-removed"
  | "raw-block"
  | "hard-break"
  | "heading-formatting"
  | "heading-level-jump"
  | "heading-empty"
  | "extra-title"
  | "content-before-title"
  | "bad-marker"
  | "unused-marker"
  | "bad-embed";

/** What `fromMarkdown` returns. */
export interface FromMarkdownResult {
  /** The article, canonical (as `parseArticle` returns it). */
  article: Article;
  /** What was noticed, in document order. */
  messages: MarkdownMessage[];
}
