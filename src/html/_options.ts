// Options of fromHtml: programmer errors throw a TypeError at once, naming
// the option and what was expected.
import { selectAll } from "hast-util-select";
import { _checkOptions, _kind } from "../_args.js";
import { _isHttpUrl, _isLangTag } from "../schema/_checks.js";
import { _readNow, type Now } from "../text/_dates.js";
import type { HtmlSelectors } from "./types.js";

const KNOWN = ["lang", "now", "selectors", "url"] as const;
const SELECTORS = ["author", "body", "comment", "comments", "content", "date"] as const;

/** Options after checking. */
export interface HtmlOptions {
  lang: string | undefined;
  now: Now | undefined;
  selectors: HtmlSelectors;
  url: string | undefined;
}

/**
 * Check the options of `fromHtml`.
 *
 * @param options
 *   As given.
 * @returns
 *   The options, checked.
 */
export function _readOptions(options: unknown): HtmlOptions {
  const record = _checkOptions(options, "fromHtml", KNOWN);
  const { lang, url } = record;
  if (lang !== undefined && (typeof lang !== "string" || !_isLangTag(lang))) {
    throw new TypeError(
      `Cannot use ${JSON.stringify(lang) ?? String(lang)} for \`options.lang\` of \`fromHtml\`, expected a BCP 47 language tag such as "fr" or "en-GB"`,
    );
  }
  if (url !== undefined && (typeof url !== "string" || !_isHttpUrl(url))) {
    throw new TypeError(
      `Cannot use ${JSON.stringify(url) ?? String(url)} for \`options.url\` of \`fromHtml\`, expected an absolute http(s) URL`,
    );
  }
  const selectors: HtmlSelectors = {};
  if (record.selectors !== undefined) {
    const given = record.selectors as Record<string, unknown>;
    if (typeof given !== "object" || given === null || Array.isArray(given)) {
      throw new TypeError(
        `Expected \`options.selectors\` of \`fromHtml\` to be an object, found ${_kind(given)}`,
      );
    }
    for (const key of Object.keys(given)) {
      if (!(SELECTORS as readonly string[]).includes(key)) {
        throw new TypeError(
          `Unknown option \`options.selectors.${key}\` of \`fromHtml\`: expected one of ${SELECTORS.map((k) => `\`${k}\``).join(", ")}`,
        );
      }
    }
    for (const key of SELECTORS) {
      const value = given[key];
      if (value === undefined) continue;
      let valid = typeof value === "string" && value.trim() !== "";
      if (valid) {
        try {
          selectAll(value as string, { type: "root", children: [] });
        } catch {
          valid = false;
        }
      }
      if (!valid) {
        throw new TypeError(
          `Cannot use ${JSON.stringify(value) ?? String(value)} for \`options.selectors.${key}\` of \`fromHtml\`, expected a CSS selector`,
        );
      }
      selectors[key] = value as string;
    }
  }
  return {
    lang: lang as string | undefined,
    now: _readNow(record.now),
    selectors,
    url: url as string | undefined,
  };
}
