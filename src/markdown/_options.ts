// The options both directions read: the limits of `fromMarkdown`, which
// `toMarkdown` writes under and the `remarkArticle` plugin applies to the
// parser it wraps.

import { _checkOptions } from "../json/_options.js";
import type { Limits } from "./_limits.js";
import type { MarkdownLimits } from "./types.js";

/** Keys of the limit options. */
export const LIMIT_KEYS = ["maxDelimiters", "maxLines", "maxNesting", "maxSize"] as const;

/** Default limits of `fromMarkdown`. */
export const MARKDOWN_LIMITS: Readonly<MarkdownLimits> = {
  maxDelimiters: 4096,
  maxLines: 60_000,
  maxNesting: 32,
  maxSize: 4 * 1024 * 1024,
};

/**
 * Read one limit option.
 *
 * @param record
 *   Options, checked to be a plain object.
 * @param key
 *   Limit to read.
 * @returns
 *   The value, or its default when it is `undefined`.
 * @throws {TypeError}
 *   When the value is not a positive safe integer.
 */
export function _limit(record: Record<string, unknown>, key: keyof Limits): number {
  const value = record[key];
  if (value === undefined) return MARKDOWN_LIMITS[key];
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 1) {
    throw new TypeError(
      `Cannot use ${typeof value === "number" ? value : JSON.stringify(value)} for \`options.${key}\`, expected a positive whole number`,
    );
  }
  return value;
}

/**
 * Check an options argument that holds the limits (and perhaps more keys)
 * and read the limits.
 *
 * @param options
 *   What the caller passed.
 * @param fn
 *   Name of the function, for the messages.
 * @param more
 *   Other keys the function reads (default: none).
 * @returns
 *   The options as a record, and the limits with their defaults filled in.
 */
export function _readLimits(
  options: unknown,
  fn: string,
  more: readonly string[] = [],
): { record: Record<string, unknown>; limits: Limits } {
  const record = _checkOptions(options, fn, [...LIMIT_KEYS, ...more]);
  const limits: Limits = {
    maxDelimiters: _limit(record, "maxDelimiters"),
    maxLines: _limit(record, "maxLines"),
    maxNesting: _limit(record, "maxNesting"),
    maxSize: _limit(record, "maxSize"),
  };
  return { record, limits };
}
