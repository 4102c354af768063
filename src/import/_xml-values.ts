// Scalar values of the XML exports → the model's: texts the model can
// carry, dates, URLs, e-mail addresses, booleans. Each returns `undefined`
// for a value it cannot take, and the caller reports it.
import { _isEmail, _isHttpUrl, _isIsoDate } from "../schema/_checks.js";

/**
 * A text the model can carry: no NUL, no carriage return.
 *
 * @param value
 *   Text from the XML.
 * @returns
 *   The text.
 */
export function _clean(value: string): string {
  if (value.indexOf("\r") === -1 && value.indexOf("\u0000") === -1) return value;
  return value.replaceAll("\r\n", "\n").replaceAll("\r", "\n").replaceAll("\u0000", "");
}

/** WordPress's `Y-m-d H:i:s`. */
const WP_DATE = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)$/;

/**
 * A WordPress date (`2012-01-20 10:15:00`) as ISO 8601.
 *
 * @param value
 *   The date as written.
 * @param utc
 *   Whether it is a `_gmt` field (then `Z` is added; else it stays local).
 * @returns
 *   The ISO date, `null` for the empty date (`0000-00-00 00:00:00`, `""`),
 *   `undefined` when it cannot be read.
 */
export function _wpDate(value: string, utc: boolean): string | null | undefined {
  const trimmed = value.trim();
  if (trimmed === "" || trimmed.startsWith("0000-00-00")) return null;
  const match = WP_DATE.exec(trimmed);
  if (match === null) return undefined;
  const iso = `${match[1]}T${match[2]}${utc ? "Z" : ""}`;
  return _isIsoDate(iso) ? iso : undefined;
}

/**
 * An ISO 8601 date as written by Disqus (`2013-10-10T19:20:29Z`).
 *
 * @param value
 *   The date as written.
 * @returns
 *   The date, `null` when empty, `undefined` when it cannot be read.
 */
export function _isoDate(value: string): string | null | undefined {
  const trimmed = value.trim();
  if (trimmed === "") return null;
  return _isIsoDate(trimmed) ? trimmed : undefined;
}

/**
 * An absolute http(s) URL.
 *
 * @param value
 *   URL as written.
 * @returns
 *   The URL, `null` when empty, `undefined` when not absolute http(s).
 */
export function _url(value: string): string | null | undefined {
  const trimmed = value.trim();
  if (trimmed === "" || trimmed === "http://") return null;
  return _isHttpUrl(trimmed) ? trimmed : undefined;
}

/**
 * An e-mail address.
 *
 * @param value
 *   Address as written.
 * @returns
 *   The address, `null` when empty, `undefined` when not an address.
 */
export function _email(value: string): string | null | undefined {
  const trimmed = value.trim();
  if (trimmed === "") return null;
  return _isEmail(trimmed) ? trimmed : undefined;
}

/**
 * A boolean as exports write it (`true`/`false`, `1`/`0`).
 *
 * @param value
 *   Text.
 * @returns
 *   The boolean, `null` when empty, `undefined` when it is something else.
 */
export function _bool(value: string): boolean | null | undefined {
  const trimmed = value.trim().toLowerCase();
  if (trimmed === "") return null;
  if (trimmed === "true" || trimmed === "1") return true;
  if (trimmed === "false" || trimmed === "0") return false;
  return undefined;
}
