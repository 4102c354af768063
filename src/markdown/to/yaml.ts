// YAML for front matter and embed bodies, as the yaml package writes it.
//
// The common case (keys that are simple names; plain text, whole numbers and
// booleans; mappings, and sequences of those or of mappings of them) is
// written here directly, byte for byte what `stringify` of the yaml package
// writes with `YAML_OPTIONS`: the package builds a document of nodes first,
// which cost `toMarkdown` about as much as checking the whole article. Any
// other value (text YAML would quote, a number with a fraction, deeper or
// shared collections, …) goes to the package. A property test holds the two
// to the same output.

import { Document, isMap, isScalar, Scalar, stringify } from "yaml";

/** YAML settings for front matter and embeds: no block scalars and no folding (the yaml package folds some double-quoted strings into a form it reads back differently), so text is kept. */
export const YAML_OPTIONS = {
  blockQuote: false,
  doubleQuotedAsJSON: true,
  lineWidth: 0,
  minContentWidth: 0,
} as const;

/**
 * Write a mapping as YAML, without the final line feed.
 *
 * @param value
 *   Plain object of JSON data, at most `YAML_WRITE_DEPTH` deep.
 * @returns
 *   The YAML text, as `stringify(value, YAML_OPTIONS)` of the yaml package
 *   writes it (without its final line feed), except that a first key
 *   starting with U+FEFF is double-quoted: written plain, that BOM would
 *   start the YAML stream, where a reader drops it.
 */
export function _writeYaml(value: Record<string, unknown>): string {
  const keys = Object.keys(value);
  if (keys.length > 0 && (keys[0] as string).charCodeAt(0) === 0xfeff) {
    return _writeQuotingFirstKey(value);
  }
  const lines: string[] = [];
  if (keys.length > 0 && _map(value, "", lines, new Set())) return lines.join("\n");
  return stringify(value, YAML_OPTIONS).replace(/\n$/, "");
}

/**
 * Write a mapping as the yaml package does, its first key double-quoted.
 *
 * @param value
 *   Plain object of JSON data, with at least one key.
 * @returns
 *   The YAML text, without its final line feed.
 */
export function _writeQuotingFirstKey(value: Record<string, unknown>): string {
  const document = new Document(value);
  const contents = document.contents;
  const key = isMap(contents) ? contents.items[0]?.key : undefined;
  if (isScalar(key)) key.type = Scalar.QUOTE_DOUBLE;
  return document.toString(YAML_OPTIONS).replace(/\n$/, "");
}

// Whether a string is written plain by the yaml package (judged
// conservatively: `false` sends the value to the package). Plain needs, in
// the package's `plainString` and `stringifyString`: no control character,
// C1 control or lone surrogate; no indicator first (checked here as: the
// first character is an ASCII letter or digit, or above U+00A0); no `: `,
// ` #`, nor a final space or `:`; no line terminator (U+2028 and U+2029 are
// ones to its document-marker check); and not a text the core schema reads
// as another type (`true`, `null`, `12`, `0x1f`, `1e3`, …).
function _isPlain(text: string): boolean {
  const length = text.length;
  if (length === 0) return false;
  const first = text.charCodeAt(0);
  let numeric: boolean;
  if (first >= 48 && first <= 57) numeric = true;
  else if ((first >= 65 && first <= 90) || (first >= 97 && first <= 122)) {
    numeric = false;
    if (length <= 5 && WORDS.has(text)) return false;
  } else if (first > 0xa0) numeric = false;
  else return false;
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x7f) {
      if (code < 0x20) return false;
      if (code === 58 /* : */) {
        if (index === length - 1 || text.charCodeAt(index + 1) === 32) return false;
      } else if (code === 32) {
        if (index === length - 1 || text.charCodeAt(index + 1) === 35 /* # */) return false;
      }
      // A digit first, and only what numbers are written with: maybe a number.
      if (numeric && !NUMBER_CHARS.has(code)) numeric = false;
      continue;
    }
    numeric = false;
    if (code <= 0xa0 || code === 0x2028 || code === 0x2029 || code === 0xfeff) return false;
    if (code >= 0xd800 && code <= 0xdfff) {
      // A pair is one character; a lone half is quoted.
      if (code > 0xdbff) return false;
      const next = text.charCodeAt(index + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      index++;
    }
  }
  return !numeric;
}

// Words the core schema reads as booleans or null.
const WORDS = new Set(["true", "True", "TRUE", "false", "False", "FALSE", "null", "Null", "NULL"]);
const NUMBER_CHARS = new Set([..."0123456789abcdefABCDEF.+-xo"].map((char) => char.charCodeAt(0)));

// Keys written here: a letter, then letters, digits, `_` and `-`.
function _isKey(key: string): boolean {
  const length = key.length;
  if (length === 0 || length > 64 || !_isPlain(key)) return false;
  for (let index = 0; index < length; index++) {
    const code = key.charCodeAt(index);
    const ok =
      (code >= 97 && code <= 122) ||
      (code >= 65 && code <= 90) ||
      (index > 0 && ((code >= 48 && code <= 57) || code === 95 || code === 45));
    if (!ok) return false;
  }
  return true;
}

// A scalar as the package writes it, or `undefined` when not handled here.
function _scalar(value: unknown): string | undefined {
  if (typeof value === "string") return _isPlain(value) ? value : undefined;
  if (typeof value === "number") {
    return Number.isSafeInteger(value) && !Object.is(value, -0) ? String(value) : undefined;
  }
  if (typeof value === "boolean") return value ? "true" : "false";
  return undefined;
}

function _isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

// A mapping, its pairs at `indent`. `seen` holds the collections written so
// far: the package writes a repeated one as an alias.
function _map(
  value: Record<string, unknown>,
  indent: string,
  lines: string[],
  seen: Set<object>,
): boolean {
  seen.add(value);
  for (const key of Object.keys(value)) {
    if (!_isKey(key)) return false;
    const item = value[key];
    if (typeof item !== "object" || item === null) {
      const scalar = _scalar(item);
      if (scalar === undefined) return false;
      lines.push(`${indent}${key}: ${scalar}`);
    } else if (seen.has(item)) return false;
    else if (Array.isArray(item)) {
      if (item.length === 0) {
        lines.push(`${indent}${key}: []`);
        seen.add(item);
      } else {
        lines.push(`${indent}${key}:`);
        if (!_seq(item, `${indent}  `, lines, seen)) return false;
      }
    } else if (_isPlainObject(item)) {
      if (Object.keys(item).length === 0) {
        lines.push(`${indent}${key}: {}`);
        seen.add(item);
      } else {
        lines.push(`${indent}${key}:`);
        if (!_map(item, `${indent}  `, lines, seen)) return false;
      }
    } else return false;
  }
  return true;
}

// A sequence under a key, its items at `indent`: scalars, or mappings of
// scalars.
function _seq(value: unknown[], indent: string, lines: string[], seen: Set<object>): boolean {
  seen.add(value);
  for (const item of value) {
    if (typeof item !== "object" || item === null) {
      const scalar = _scalar(item);
      if (scalar === undefined) return false;
      lines.push(`${indent}- ${scalar}`);
      continue;
    }
    if (seen.has(item) || !_isPlainObject(item)) return false;
    seen.add(item);
    const keys = Object.keys(item);
    if (keys.length === 0) return false;
    let prefix = `${indent}- `;
    for (const key of keys) {
      const scalar = _isKey(key) ? _scalar(item[key]) : undefined;
      if (scalar === undefined) return false;
      lines.push(`${prefix}${key}: ${scalar}`);
      prefix = `${indent}  `;
    }
  }
  return true;
}
