/**
 * Predicates shared by the zod schemas and the JSON reader.
 *
 * Every check here is linear in its input and uses no regular expression
 * that can backtrack: they run on untrusted text.
 */

/**
 * Whether a string is well-formed UTF-16 (no lone surrogate), so that it can
 * be written as UTF-8 without turning into U+FFFD.
 *
 * @param value
 *   String to check.
 * @returns
 *   `true` when every surrogate is paired.
 */
export function _isWellFormed(value: string): boolean {
  return value.isWellFormed();
}

/**
 * Whether a string is free of the two characters the model refuses in its
 * texts: U+0000 (NUL, which no text format carries) and U+000D (carriage
 * return: line breaks are `\n` only).
 *
 * @param value
 *   String to check.
 * @returns
 *   `true` when neither is present.
 */
export function _hasNoForbidden(value: string): boolean {
  // Two `indexOf` scans measured faster than one regular expression.
  return value.indexOf("\r") === -1 && value.indexOf("\0") === -1;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function _digits(value: string, start: number, count: number): number {
  let result = 0;
  for (let index = start; index < start + count; index++) {
    const code = value.charCodeAt(index) - 48;
    if (code < 0 || code > 9) return -1;
    result = result * 10 + code;
  }
  return result;
}

/**
 * Whether a string is an ISO 8601 date (`2012-01-20`), a date-time with an
 * offset (`2012-01-20T10:15:00Z`, `2012-01-20T10:15+01:00`) or a local
 * date-time without one (`2012-01-20T10:15`), naming a day that exists.
 *
 * Seconds and fractions are optional; the separator is `T`.
 *
 * @param value
 *   String to check.
 * @returns
 *   `true` when the string is such a date and the date exists.
 */
export function _isIsoDate(value: string): boolean {
  const length = value.length;
  if (length < 10 || length > 40) return false;
  const year = _digits(value, 0, 4);
  const month = _digits(value, 5, 2);
  const day = _digits(value, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  if (value.charCodeAt(4) !== 0x2d || value.charCodeAt(7) !== 0x2d) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const last = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  if (day > last) return false;
  if (length === 10) return true;
  if (value.charCodeAt(10) !== 0x54 || length < 16) return false;
  const hour = _digits(value, 11, 2);
  const minute = _digits(value, 14, 2);
  if (hour < 0 || hour > 23 || value.charCodeAt(13) !== 0x3a || minute < 0 || minute > 59)
    return false;
  let index = 16;
  if (value.charCodeAt(index) === 0x3a) {
    const second = _digits(value, index + 1, 2);
    if (second < 0 || second > 59) return false;
    index += 3;
    if (value.charCodeAt(index) === 0x2e) {
      index++;
      const start = index;
      while (index < length && _digits(value, index, 1) >= 0) index++;
      if (index === start || index - start > 9) return false;
    }
  }
  if (index === length) return true;
  if (value.charCodeAt(index) === 0x5a) return index + 1 === length;
  const sign = value.charCodeAt(index);
  // + or -, then hh:mm
  if (
    (sign !== 0x2b && sign !== 0x2d) ||
    length !== index + 6 ||
    value.charCodeAt(index + 3) !== 0x3a
  ) {
    return false;
  }
  const offsetHour = _digits(value, index + 1, 2);
  const offsetMinute = _digits(value, index + 4, 2);
  return offsetHour >= 0 && offsetHour <= 23 && offsetMinute >= 0 && offsetMinute <= 59;
}

// White space and control characters, as regular expression class ranges
// (written out, since `\s` means different sets to different validators):
// C0 controls, space, DEL, C1 controls, NBSP, and the rest of what
// `String.prototype.trim` removes (ECMAScript WhiteSpace and LineTerminator,
// U+FEFF included). `_isTrimSpace` and these ranges are held equal by a test.
const TRIM_SPACE_CLASS =
  "\\t\\n\\u000b\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff";
const SPACE_OR_CONTROL_CLASS =
  "\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff";

// Python's `$` also matches before a final line feed, where ECMAScript's
// does not: a pattern that refuses line feeds says so with a lookahead,
// which both read alike (`[\\s\\S]` is any character in every dialect).
const NO_LINE_FEED = "(?![\\s\\S]*\\n)";

/** Any text: no NUL, no CR. */
export const TEXT_PATTERN = "^[^\\u0000\\r]*$";

/** A text with something other than white space (as `trim` sees it) in it. */
export const NON_EMPTY_PATTERN = `^(?=[^\\u0000\\r]*$)[${TRIM_SPACE_CLASS}]*[^${TRIM_SPACE_CLASS}]`;

/**
 * The URL rule as a regular expression (ECMAScript and Python agree on it):
 * `http://` or `https://` (any case); no white space or control character
 * anywhere; an authority with a non-empty host (a name without the
 * characters the URL Standard forbids in hosts, or a bracketed IPv6
 * address), an optional user before the last `@`, an optional port from 0
 * to 65535; then a path, query or fragment. Extra slashes after `//` are
 * allowed, as the URL Standard reads them. What a pattern cannot say is
 * checked in code only: that the URL Standard parses the URL (a host with
 * valid IDNA labels, IPv4 numbers and IPv6 groups, valid percent-escapes).
 */
export const URL_PATTERN = `^(?![\\s\\S]*[${SPACE_OR_CONTROL_CLASS}])[Hh][Tt][Tt][Pp][Ss]?://[/\\\\]*(?:[^/\\\\?#]*@)?(?:\\[[0-9A-Fa-f:.]+\\]|[^/\\\\?#:@<>\\[\\]^|]+)(?::0*(?:[0-9]{1,4}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])?)?(?:[/\\\\?#].*)?$`;

/**
 * An e-mail address: one `@` with text on both sides, no white space or
 * control character. At most 320 characters (`maxLength` in the JSON
 * Schema, which counts code points as the library does).
 */
export const EMAIL_PATTERN = `^${NO_LINE_FEED}[^@${SPACE_OR_CONTROL_CLASS}]+@[^@${SPACE_OR_CONTROL_CLASS}]+$`;

/** Longest e-mail address, in code points. */
export const EMAIL_MAX = 320;

const LEAP_YEAR = "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)";
const TIME =
  "T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])?";

/**
 * The date rule as a regular expression, day of the month and leap years
 * included, with `[0-9]` (never `\\d`, which some validators let match
 * other scripts' digits). `_isIsoDate` says the same in code (a test holds
 * them equal).
 */
export const DATE_PATTERN = `^${NO_LINE_FEED}(?:[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))|${LEAP_YEAR}-02-29)(?:${TIME})?$`;

/**
 * The shape of a language tag, looser than BCP 47: the library checks the
 * grammar of RFC 5646 in code (`_isLangTag`), which a pattern says only at
 * great length.
 */
export const LANG_PATTERN = `^${NO_LINE_FEED}[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$`;

let urlPattern: RegExp | undefined;
let emailPattern: RegExp | undefined;

/**
 * Whether a string is an absolute `http:` or `https:` URL by the model's
 * rule: it matches `URL_PATTERN` (the pattern the JSON Schema holds) and the
 * URL Standard parses it (`new URL`).
 *
 * @param value
 *   String to check.
 * @returns
 *   `true` when the URL follows the rule.
 */
export function _isHttpUrl(value: string): boolean {
  if (value.length > 65_536) return false;
  const known = URL_CACHE.get(value);
  if (known !== undefined) return known;
  urlPattern ??= new RegExp(URL_PATTERN, "u");
  let valid = false;
  if (value.isWellFormed() && urlPattern.test(value)) {
    try {
      valid = new URL(value).host !== "";
    } catch {}
  }
  // Articles repeat their URLs (links to the same page, one site): remember
  // the last few hundred verdicts.
  if (URL_CACHE.size >= 512) URL_CACHE.clear();
  URL_CACHE.set(value, valid);
  return valid;
}

const URL_CACHE = /* @__PURE__ */ new Map<string, boolean>();

// BCP 47 (RFC 5646, section 2.1) well-formedness, checked per subtag so that
// no regular expression backtracks. Grandfathered irregular tags are listed.
const IRREGULAR = new Set([
  "en-gb-oed",
  "i-ami",
  "i-bnn",
  "i-default",
  "i-enochian",
  "i-hak",
  "i-klingon",
  "i-lux",
  "i-mingo",
  "i-navajo",
  "i-pwn",
  "i-tao",
  "i-tay",
  "i-tsu",
  "sgn-be-fr",
  "sgn-be-nl",
  "sgn-ch-de",
]);

function _alpha(subtag: string): boolean {
  for (let index = 0; index < subtag.length; index++) {
    const code = subtag.charCodeAt(index) | 0x20;
    if (code < 0x61 || code > 0x7a) return false;
  }
  return true;
}

function _digit(subtag: string): boolean {
  return subtag.length > 0 && _digits(subtag, 0, subtag.length) >= 0;
}

function _alphanum(subtag: string): boolean {
  for (let index = 0; index < subtag.length; index++) {
    const code = subtag.charCodeAt(index);
    const letter = code | 0x20;
    if (!((code >= 0x30 && code <= 0x39) || (letter >= 0x61 && letter <= 0x7a))) return false;
  }
  return true;
}

/**
 * Whether a string is a well-formed BCP 47 language tag (`fr`, `en-GB`,
 * `zh-Hant-TW`, `sr-Latn-RS`, `de-CH-1996`, `x-private`).
 *
 * @param value
 *   String to check.
 * @returns
 *   `true` when the tag is well formed (RFC 5646, section 2.1).
 */
export function _isLangTag(value: string): boolean {
  if (value.length === 0 || value.length > 128) return false;
  const lower = value.toLowerCase();
  if (IRREGULAR.has(lower)) return true;
  const parts = lower.split("-");
  let index = 0;
  const next = (): string | undefined => parts[index];
  const privateUse = (): boolean => {
    index++;
    if (index >= parts.length) return false;
    for (; index < parts.length; index++) {
      const part = parts[index] ?? "";
      if (part.length < 1 || part.length > 8 || !_alphanum(part)) return false;
    }
    return true;
  };
  if (next() === "x") return privateUse();
  const language = next() ?? "";
  if (!_alpha(language) || language.length < 2 || language.length > 8) return false;
  index++;
  if (language.length <= 3) {
    for (let extlangs = 0; extlangs < 3; extlangs++) {
      const part = next();
      if (part !== undefined && part.length === 3 && _alpha(part)) index++;
      else break;
    }
  }
  let part = next();
  if (part !== undefined && part.length === 4 && _alpha(part)) {
    index++;
    part = next();
  }
  if (
    part !== undefined &&
    ((part.length === 2 && _alpha(part)) || (part.length === 3 && _digit(part)))
  ) {
    index++;
    part = next();
  }
  const variants = new Set<string>();
  while (
    part !== undefined &&
    _alphanum(part) &&
    ((part.length >= 5 && part.length <= 8) || (part.length === 4 && _digit(part[0] ?? "")))
  ) {
    if (variants.has(part)) return false;
    variants.add(part);
    index++;
    part = next();
  }
  const singletons = new Set<string>();
  while (part !== undefined && part.length === 1 && part !== "x" && _alphanum(part)) {
    if (singletons.has(part)) return false;
    singletons.add(part);
    index++;
    let count = 0;
    for (;;) {
      const sub = next();
      if (sub === undefined || sub.length < 2 || sub.length > 8 || !_alphanum(sub)) break;
      index++;
      count++;
    }
    if (count === 0) return false;
    part = next();
  }
  if (part === "x") return privateUse();
  return index === parts.length;
}

/**
 * Whether a string looks like an e-mail address (`EMAIL_PATTERN`, at most
 * 320 code points). Deliverability is not checked.
 *
 * @param value
 *   String to check.
 * @returns
 *   `true` when the shape is right.
 */
export function _isEmail(value: string): boolean {
  if (value.length > EMAIL_MAX && _codePoints(value) > EMAIL_MAX) return false;
  emailPattern ??= new RegExp(EMAIL_PATTERN, "u");
  return value.isWellFormed() && emailPattern.test(value);
}

function _codePoints(value: string): number {
  let count = 0;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code < 0xd800 || code > 0xdbff) count++;
  }
  return count;
}

/**
 * Whether a UTF-16 code unit is white space as `String.prototype.trim` (and
 * a regular expression's `\s`) sees it: ECMAScript's WhiteSpace and
 * LineTerminator.
 *
 * @param code
 *   Code unit.
 * @returns
 *   `true` for white space.
 */
export function _isTrimSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
