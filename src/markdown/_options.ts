// The options both directions read: the limits of `fromMarkdown`, which
// `toMarkdown` writes under and the `remarkArticle` plugin applies to the
// parser it wraps.

import { _checkOptions, _limit as _positiveLimit } from "../_args.js";
import type { Limits } from "./_limits.js";
import type { MarkdownLimits } from "./types.js";

/** Keys of the limit options. */
export const LIMIT_KEYS = ["maxDelimiters", "maxLines", "maxNesting", "maxSize"] as const;

/** Default limits of `fromMarkdown`. */
export const MARKDOWN_LIMITS: Readonly<MarkdownLimits> = {
  maxDelimiters: 4096,
  maxLines: 50_000,
  maxNesting: 32,
  maxSize: 2 * 1024 * 1024,
};

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
    maxDelimiters: _positiveLimit(record, "maxDelimiters", MARKDOWN_LIMITS.maxDelimiters),
    maxLines: _positiveLimit(record, "maxLines", MARKDOWN_LIMITS.maxLines),
    maxNesting: _positiveLimit(record, "maxNesting", MARKDOWN_LIMITS.maxNesting),
    maxSize: _positiveLimit(record, "maxSize", MARKDOWN_LIMITS.maxSize),
  };
  return { record, limits };
}
