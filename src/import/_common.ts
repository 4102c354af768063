// What the JSON importers (Reddit, Hacker News) share: reading JSON text
// with a typed error, texts the model accepts, dates from Unix seconds,
// unique comment ids, and the final check through `parseArticle`.
import { _place } from "../_place.js";
import { ArticleError, type Path } from "../error.js";
import { _jsonErrorOffset } from "../json/_syntax.js";
import { parseArticle } from "../json/parse.js";
import { _message, type Message } from "../message.js";
import { _isHttpUrl } from "../schema/_checks.js";
import type { Article } from "../schema/article.js";

/**
 * Parse JSON text, or throw a typed error with its place.
 *
 * @param text
 *   JSON text (a leading byte order mark is ignored).
 * @param fn
 *   Name of the importer, for the message.
 * @returns
 *   The value.
 * @throws {ArticleError}
 *   `invalid_json` with line and column, or `input_too_complex`.
 */
export function _parseJson(text: string, fn: string): unknown {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(source);
  } catch (error) {
    const tooDeep = error instanceof RangeError;
    const found = tooDeep ? -1 : _jsonErrorOffset(source);
    const offset = found === -1 ? source.length : found;
    const what =
      found === source.length
        ? "the text ends before the JSON does"
        : `unexpected ${JSON.stringify(source.slice(offset, offset + 12))}`;
    throw new ArticleError([
      {
        code: tooDeep ? "input_too_complex" : "invalid_json",
        message: tooDeep
          ? `Expected JSON nested less deeply for \`${fn}\``
          : `Expected JSON for \`${fn}\`: ${what}`,
        path: [],
        place: _place(source, offset),
      },
    ]);
  }
}

/**
 * Throw the typed error of an input of the wrong shape.
 *
 * @param message
 *   What was expected and found.
 * @param path
 *   Where in the input.
 * @throws {ArticleError}
 *   Always, `invalid_type`.
 */
export function _wrongShape(message: string, path: Path = []): never {
  throw new ArticleError([{ code: "invalid_type", message, path }]);
}

/** Whether a value is a plain object (not null, not an array). */
export function _isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Counts the texts that had to be repaired, for one message at the end. */
export interface TextRepairs {
  count: number;
}

/**
 * A source string as a model text: CRLF and CR become LF, NUL is removed,
 * a lone surrogate becomes U+FFFD (each counted in `repairs`).
 *
 * @param value
 *   A string from the input.
 * @param repairs
 *   Counter of repaired texts.
 * @returns
 *   The text.
 */
export function _text(value: string, repairs: TextRepairs): string {
  let text = value;
  if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
  if (text.includes("\0")) text = text.replaceAll("\0", "");
  if (!text.isWellFormed()) text = text.toWellFormed();
  if (text !== value) repairs.count++;
  return text;
}

/**
 * A date from Unix seconds (UTC, whole seconds without a fraction).
 *
 * @param seconds
 *   Seconds since 1970, or anything else.
 * @returns
 *   The ISO 8601 date-time, or `undefined` when it is not a usable number.
 */
export function _isoFromSeconds(seconds: unknown): string | undefined {
  if (typeof seconds !== "number" || !Number.isFinite(seconds)) return undefined;
  const ms = seconds * 1000;
  // The model's dates have a four-digit year.
  if (ms < -62_135_596_800_000 || ms > 253_402_300_799_000) return undefined;
  return new Date(ms).toISOString().replace(".000Z", "Z");
}

/**
 * A URL the model accepts, or `undefined`.
 *
 * @param value
 *   Anything.
 * @returns
 *   The URL when it is an absolute http(s) URL.
 */
export function _url(value: unknown): string | undefined {
  return typeof value === "string" && _isHttpUrl(value) ? value : undefined;
}

/**
 * Give out unique comment ids: a reused id gets a suffix (`7~2`), and the
 * repair is reported by the caller.
 */
export class _Ids {
  readonly #used = new Set<string>();

  /**
   * Claim an id.
   *
   * @param wanted
   *   The source's id.
   * @returns
   *   `wanted`, or a fresh id when it is taken.
   */
  claim(wanted: string): string {
    let id = wanted;
    for (let n = 2; this.#used.has(id); n++) id = `${wanted}~${n}`;
    this.#used.add(id);
    return id;
  }

  /** Whether an id was given out. */
  has(id: string): boolean {
    return this.#used.has(id);
  }
}

/**
 * End an import: report repaired texts, then check the article with
 * `parseArticle` (canonical form). An importer that built an invalid
 * article has a bug: the error says so.
 *
 * @param article
 *   The article built.
 * @param messages
 *   Messages so far (the text repair message is added).
 * @param repairs
 *   Counter of repaired texts.
 * @param ruleId
 *   The importer's rule id for repaired texts.
 * @returns
 *   The canonical article.
 */
export function _finish<R extends string>(
  article: Record<string, unknown>,
  messages: Message<R>[],
  repairs: TextRepairs,
  ruleId: R,
): Article {
  if (repairs.count > 0) {
    messages.push(
      _message(
        ruleId,
        `Repaired ${repairs.count} text(s): CR line endings made LF, NUL removed, lone surrogates made U+FFFD`,
      ),
    );
  }
  return parseArticle(article);
}
