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

/**
 * Whether a string is an absolute `http:` or `https:` URL, kept exactly as
 * given (no surrounding or inner whitespace).
 *
 * @param value
 *   String to check.
 * @returns
 *   `true` when the URL parses and its scheme is http or https.
 */
export function _isHttpUrl(value: string): boolean {
  if (value.length > 65_536) return false;
  const lower = value.slice(0, 8).toLowerCase();
  if (!lower.startsWith("http://") && !lower.startsWith("https://")) return false;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    // Controls and spaces are trimmed or dropped by the URL parser: refuse
    // them so that the stored string is the URL a browser would open.
    if (code <= 0x20 || code === 0x7f) return false;
  }
  const known = URL_CACHE.get(value);
  if (known !== undefined) return known;
  let valid = false;
  try {
    valid = new URL(value).host !== "";
  } catch {}
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
 * Whether a string looks like an e-mail address: one `@` with text on both
 * sides and no whitespace. Deliverability is not checked.
 *
 * @param value
 *   String to check.
 * @returns
 *   `true` when the shape is right.
 */
export function _isEmail(value: string): boolean {
  const at = value.indexOf("@");
  if (at < 1 || at !== value.lastIndexOf("@") || at === value.length - 1) return false;
  for (let index = 0; index < value.length; index++) {
    if (value.charCodeAt(index) <= 0x20) return false;
  }
  return value.length <= 320;
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
