/**
 * Argument checks shared by the word functions. Programmer errors throw a
 * `TypeError` at once, naming the argument and what was expected.
 */
import { _checkOptions } from "../json/_options.js";

/**
 * Describe a value for an error message.
 *
 * @param value
 *   Any value.
 * @returns
 *   `null`, `undefined`, `array`, or its `typeof`.
 */
export function _describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

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

/**
 * Read an option that must be a finite number at least `min`.
 *
 * @param options
 *   Checked options.
 * @param key
 *   Option name.
 * @param fn
 *   Name of the function, for the message.
 * @param min
 *   Smallest value allowed.
 * @param exclusive
 *   Whether `min` itself is refused.
 * @returns
 *   The number, or `undefined` when the option is absent.
 */
export function _number(
  options: Record<string, unknown>,
  key: string,
  fn: string,
  min: number,
  exclusive: boolean,
): number | undefined {
  const value = options[key];
  if (value === undefined) return undefined;
  if (
    typeof value !== "number" ||
    !Number.isFinite(value) ||
    value < min ||
    (exclusive && value === min)
  ) {
    throw new TypeError(
      `Cannot use ${typeof value === "number" ? String(value) : _describe(value)} for \`options.${key}\` of \`${fn}\`, expected a finite number ${exclusive ? "above" : "at least"} ${min}`,
    );
  }
  return value;
}

export { _checkOptions };
