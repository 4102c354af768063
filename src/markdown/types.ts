import type { Message } from "../message.js";
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
   * more, a `!` 3/16, a tab 1/8, every character 1/32, each delimiter
   * outside HTML comments (`\` 1/2, `[` 1, `*` and `_` 1.5, a backtick 1.25,
   * `&` 2.25, `<` 2.5, `]` 8: a link costs remark-parse ~9 paragraph
   * lines), and in front matter and embeds each `[`, `{`, `,`, `&`, `*`,
   * `!` 1 (default: `50000`, which reads in under a second of CPU time: up
   * to ~1.6 M characters of plain text, ~270 KB of prose dense with links).
   */
  maxLines?: number | undefined;
  /**
   * Most block quote and list markers at the start of a line; indentation may
   * not exceed four columns per level (default: `32`).
   */
  maxNesting?: number | undefined;
  /**
   * Longest input, in UTF-16 code units (default: `2097152`, 2 MiB; at the
   * default `maxLines`, the characters' weight refuses text past ~1.6 M).
   */
  maxSize?: number | undefined;
}

/** The limits of `fromMarkdown`, each filled in (the type of `MARKDOWN_LIMITS`). */
export interface MarkdownLimits {
  /** See `FromMarkdownOptions.maxDelimiters`. */
  maxDelimiters: number;
  /** See `FromMarkdownOptions.maxLines`. */
  maxLines: number;
  /** See `FromMarkdownOptions.maxNesting`. */
  maxNesting: number;
  /** See `FromMarkdownOptions.maxSize`. */
  maxSize: number;
}

/**
 * Options of `toMarkdown`: the limits of the `fromMarkdown` that will read
 * the result (the same keys and defaults as `FromMarkdownOptions`).
 */
export type ToMarkdownOptions = FromMarkdownOptions;

/**
 * Something `fromMarkdown` or `mdastToArticle` noticed and handled: nothing
 * was dropped. The one message type of every reader, with the Markdown rule
 * ids; `place` is where in the Markdown (after line endings are normalised).
 */
export type MarkdownMessage = Message<MarkdownRuleId>;

/**
 * Ids of the messages of `fromMarkdown` and `mdastToArticle` (each is
 * described in `docs/formats/markdown-messages.md`).
 */
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

/** Options of `mdastToArticle`. */
export interface MdastToArticleOptions {
  /**
   * The Markdown the tree was parsed from, which its positions point into:
   * `raw` blocks then keep their Markdown exactly as written (default: none;
   * raw blocks hold the Markdown remark-stringify writes for their nodes,
   * and a node it cannot write, such as a GFM table, is an error).
   */
  source?: string | undefined;
}

/** What `mdastToArticle` returns (the same as `fromMarkdown`). */
export type MdastToArticleResult = FromMarkdownResult;

/**
 * Options of the `remarkArticle` plugin: the limits of `fromMarkdown`,
 * applied to the Markdown before the parser it wraps runs (the same keys
 * and defaults as `FromMarkdownOptions`).
 */
export type RemarkArticleOptions = FromMarkdownOptions;
