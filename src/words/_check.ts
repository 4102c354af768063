/**
 * Argument checks shared by the word functions. Programmer errors throw a
 * `TypeError` at once, naming the argument and what was expected.
 */
import { _checkOptions, _kind as _describe, _number } from "../_args.js";

/**
 * Check that `options.locale` is absent or a well-formed BCP 47 tag.
 *
 * @param options
 *   Checked options.
 * @param fn
 *   Name of the function, for the message.
 * @returns
 *   The locale, or `""` when none was given.
 */
export function _locale(options: Record<string, unknown>, fn: string): string {
  const locale = options.locale;
  if (locale === undefined) return "";
  if (typeof locale === "string" && locale !== "") {
    try {
      Intl.getCanonicalLocales(locale);
      return locale;
    } catch {
      // Reported below.
    }
  }
  throw new TypeError(
    `Cannot use ${JSON.stringify(locale) ?? String(locale)} for \`options.locale\` of \`${fn}\`, expected a BCP 47 language tag such as "fr" or "en-GB"`,
  );
}

/**
 * Read an article's `lang` for counting: a tag `Intl.Segmenter` accepts, or
 * nothing (an article that skipped validation may hold anything).
 *
 * @param lang
 *   The article's `lang`.
 * @returns
 *   The tag, or `""`.
 */
export function _articleLang(lang: unknown): string {
  if (typeof lang !== "string" || lang === "") return "";
  try {
    Intl.getCanonicalLocales(lang);
    return lang;
  } catch {
    return "";
  }
}

export { _checkOptions, _describe, _number };
