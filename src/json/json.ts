import { _checkOptions, _expectString } from "../_args.js";
import { _place } from "../_place.js";
import { ArticleError } from "../error.js";
import { _commentLinkIssues } from "../schema/_comments.js";
import type { Article } from "../schema/article.js";
import { _fastCheck } from "./_compile.js";
import { _indent } from "./_indent.js";
import { _hasCleanEscapes, _isCleanJsonText, _readArticle } from "./_read.js";
import { _jsonErrorOffset } from "./_syntax.js";
import { _parseOptions, type ParseOptions } from "./parse.js";

/** Options of {@link fromJson}: those of `parseArticle`. */
export type FromJsonOptions = ParseOptions;

/** Options of {@link toJson}. */
export interface ToJsonOptions {
  /**
   * Indentation, as for `JSON.stringify`: a number of spaces (0 to 10) or a
   * string of at most 10 JSON white-space characters (space, tab, line feed,
   * carriage return), so that the text stays JSON (default: `2`).
   */
  indent?: number | string | undefined;
}

/**
 * Parse a JSON string as an article. A leading byte order mark is ignored.
 *
 * @param text
 *   JSON text.
 * @param options
 *   Configuration (optional).
 * @returns
 *   The article, as `parseArticle` returns it.
 * @throws {ArticleError}
 *   When the text is not JSON (code `invalid_json`, with line and column)
 *   or not a valid article.
 */
export function fromJson(text: string, options?: FromJsonOptions): Article {
  _expectString(text, "text", "fromJson");
  const settings = _parseOptions(options, "fromJson");
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    const tooDeep = error instanceof RangeError;
    const found = tooDeep ? -1 : _jsonErrorOffset(source);
    const offset = found === -1 ? source.length : found;
    const message =
      found === source.length
        ? "the text ends before the JSON does"
        : `unexpected ${JSON.stringify(source.slice(offset, offset + 12))}`;
    const shift = source === text ? 0 : 1;
    const place = _place(source, offset);
    if (place.offset !== undefined) place.offset += shift;
    if (shift === 1 && place.line === 1) place.column += 1;
    throw new ArticleError([
      {
        code: tooDeep ? "input_too_complex" : "invalid_json",
        message: tooDeep ? "Expected JSON nested less deeply" : `Expected JSON: ${message}`,
        path: [],
        place,
      },
    ]);
  }
  // The parsed value is ours alone: the generated check completes it in
  // place (a -0 in a model field becomes 0 there; one under an unknown key
  // sends the value to the generic reader).
  const fast = _fastCheck();
  if (fast?.(value, _hasCleanEscapes(source), settings.unknownKeys === "error")) {
    const links = _commentLinkIssues((value as Article).comments);
    if (links.length === 0) return value as Article;
    throw new ArticleError(links);
  }
  // Not valid as it stands (or no fast path here): the generic reader finds
  // the issues or builds the article. It copies, since the fast check may
  // have completed part of the value, and since only the copy writes every
  // negative zero 0 (`-0`, `-0.0e1`, or an underflow such as `-1e-400`,
  // under any key).
  const clean = _isCleanJsonText(source);
  const result = _readArticle(fast ? JSON.parse(source) : value, { ...settings, clean });
  if (result.article === undefined) throw new ArticleError(result.issues);
  return result.article;
}

/**
 * Write an article as canonical JSON: known keys in the model's order, then
 * unknown keys sorted; defaults filled; marks in canonical form. The article
 * is checked first, so that what is written can be read back:
 * `fromJson(toJson(a))` deep-equals `parseArticle(a)`, and writing that
 * again gives the same string.
 *
 * @param article
 *   Article to write.
 * @param options
 *   Configuration (optional).
 * @returns
 *   JSON text (no trailing newline).
 * @throws {ArticleError}
 *   When the article is not valid.
 */
export function toJson(article: Article, options?: ToJsonOptions): string {
  const record = _checkOptions(options, "toJson", ["indent"]);
  const indent = _indent(record.indent);
  const result = _readArticle(article, { unknownKeys: "keep" });
  if (result.article === undefined) throw new ArticleError(result.issues);
  return JSON.stringify(result.article, null, indent);
}
