import type { Issue, IssueCode } from "../error.js";
import {
  _hasNoForbidden,
  _isEmail,
  _isHttpUrl,
  _isIsoDate,
  _isLangTag,
} from "../schema/_checks.js";
import { _checkComments } from "../schema/_comments.js";
import type { Article } from "../schema/article.js";
import { BLOCK_TYPES, MARK_TYPES, type Mark } from "../schema/block.js";
import { COMMENT_STATUSES } from "../schema/comment.js";
import { normalizeMarks } from "../schema/marks.js";
import { SECTION_LEVELS } from "../schema/section.js";
import { TAG_KINDS } from "../schema/tag.js";

// The reader behind `parseArticle`, `fromJson` and `toJson`: one pass over
// the input that checks every rule of the zod schemas in `src/schema/` and
// builds a fresh article in canonical key order (known keys in schema order,
// then unknown keys sorted), keeping unknown keys, `__proto__` included.
// A differential test keeps it in agreement with `ArticleSchema`.
//
// The schema nests at most six levels (article, section, quote, paragraph,
// mark), so walking it recursively is bounded whatever the input; only
// unknown values can nest deeply, and `_copyJson` copies them iteratively.

/** Deepest nesting accepted inside an unknown key's value. */
export const MAX_EXTRA_DEPTH = 1000;

/** Options of the reader. */
export interface ReadOptions {
  unknownKeys: "keep" | "error";
  /**
   * Complete the input itself instead of building a copy: only for a value
   * nobody else holds, such as the fresh result of `JSON.parse` (default:
   * `false`). Key order is then the input's, not the canonical one.
   */
  inPlace?: boolean;
  /**
   * The caller has checked that no string of the value holds a lone
   * surrogate, NUL or CR (see `_isCleanJsonText`) (default: `false`).
   */
  clean?: boolean;
}

type Path = (string | number)[];

// Paths are built only when an issue is reported: a node names its parent
// and its own key, so that reading a valid article allocates no path.
interface Node {
  up: Node | undefined;
  key: string | number;
}

function _path(up: Node | undefined, key?: string | number): Path {
  const path: Path = key === undefined ? [] : [key];
  for (let node = up; node; node = node.up) path.push(node.key);
  return path.reverse();
}

export interface Context {
  issues: Issue[];
  unknownKeys: "keep" | "error";
  /** Fill defaults and canonical marks into the input itself (for `fromJson`, which owns it). */
  inPlace: boolean;
  /** Every string is already known to be well-formed and free of NUL and CR. */
  clean: boolean;
  /** Set when a value under an unknown key was -0 (which a copy writes 0). */
  negativeZero?: boolean;
}

export type Kind =
  | "text"
  | "nonEmpty"
  | "url"
  | "date"
  | "lang"
  | "email"
  | "count"
  | "number"
  | "boolean"
  | "block"
  | { enum: readonly (string | number)[] }
  | { object: Shape }
  | { array: Kind };

export interface Field {
  key: string;
  kind: Kind;
  required?: boolean;
  fallback?: () => unknown;
}

export interface Shape {
  name: string;
  fields: Field[];
  /** Position of each known key in `fields`. */
  index: Map<string, number>;
  check?: (output: Record<string, unknown>, node: Node | undefined, context: Context) => void;
  /**
   * The same rules as `check`, as JavaScript for the generated fast path
   * (`_compile.ts`): the object is `v`, helpers are on `H`; it runs
   * `return false` when a rule fails and completes `v` in place otherwise.
   * Kept beside `check` so that the two are read and changed together.
   */
  fast?: string;
}

const INVALID: unique symbol = Symbol("invalid");
type Result = unknown | typeof INVALID;

function _shape(name: string, fields: Field[], check?: Shape["check"], fast?: string): Shape {
  const shape: Shape = { name, fields, index: new Map(fields.map((field, at) => [field.key, at])) };
  if (check) shape.check = check;
  if (fast) shape.fast = fast;
  return shape;
}

function _issue(
  context: Context,
  code: IssueCode,
  message: string,
  up: Node | undefined,
  key?: string | number,
): typeof INVALID {
  context.issues.push({ code, message, path: _path(up, key) });
  return INVALID;
}

function _describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "number") return Number.isNaN(value) ? "NaN" : `the number ${value}`;
  if (typeof value === "string") return "a string";
  if (typeof value === "object") return "an object";
  return `a ${typeof value}`;
}

function _isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Set a key on a fresh object without ever touching a prototype. */
function _set(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") {
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else target[key] = value;
}

// Whether a string is empty or only whitespace (what `trim` removes),
// without allocating a trimmed copy: most texts start with a letter.
export function _isBlank(value: string): boolean {
  const first = value.charCodeAt(0);
  if (first > 0x20 && first < 0x7f) return false;
  return value.trim() === "";
}

function _readString(
  value: unknown,
  kind: Kind,
  up: Node | undefined,
  key: string | number,
  context: Context,
): Result {
  if (typeof value !== "string") {
    const hint =
      typeof value === "number" && (key === "id" || key === "parentId")
        ? ` (ids are strings: write ${JSON.stringify(String(value))})`
        : "";
    return _issue(
      context,
      "invalid_type",
      `Expected a string, found ${_describe(value)}${hint}`,
      up,
      key,
    );
  }
  if (!context.clean && !value.isWellFormed()) {
    return _issue(
      context,
      "malformed_unicode",
      "Expected well-formed Unicode text, found a lone surrogate",
      up,
      key,
    );
  }
  if (!context.clean && !_hasNoForbidden(value)) {
    return _issue(
      context,
      "invalid_character",
      "Expected no NUL (U+0000) or carriage return (U+000D): line breaks are \\n",
      up,
      key,
    );
  }
  switch (kind) {
    case "nonEmpty":
      if (_isBlank(value)) {
        return _issue(context, "empty_text", "Expected text, found an empty string", up, key);
      }
      break;
    case "url":
      if (!_isHttpUrl(value)) {
        return _issue(
          context,
          "invalid_url",
          `Expected an absolute http(s) URL, found ${JSON.stringify(value.slice(0, 80))}`,
          up,
          key,
        );
      }
      break;
    case "date":
      if (!_isIsoDate(value)) {
        return _issue(
          context,
          "invalid_date",
          `Expected an ISO 8601 date that exists (2012-01-20, 2012-01-20T10:15:00+01:00), found ${JSON.stringify(value.slice(0, 80))}`,
          up,
          key,
        );
      }
      break;
    case "lang":
      if (!_isLangTag(value)) {
        return _issue(
          context,
          "invalid_lang",
          `Expected a well-formed BCP 47 language tag (fr, en-GB), found ${JSON.stringify(value.slice(0, 80))}`,
          up,
          key,
        );
      }
      break;
    case "email":
      if (!_isEmail(value)) {
        return _issue(
          context,
          "invalid_email",
          `Expected an e-mail address, found ${JSON.stringify(value.slice(0, 80))}`,
          up,
          key,
        );
      }
      break;
    default:
  }
  return value;
}

function _read(
  value: unknown,
  kind: Kind,
  up: Node | undefined,
  key: string | number,
  context: Context,
): Result {
  switch (kind) {
    case "text":
    case "nonEmpty":
    case "url":
    case "date":
    case "lang":
    case "email":
      return _readString(value, kind, up, key, context);
    case "count":
    case "number":
      if (typeof value !== "number") {
        return _issue(
          context,
          "invalid_type",
          `Expected a number, found ${_describe(value)}`,
          up,
          key,
        );
      }
      if (!Number.isFinite(value)) {
        return _issue(
          context,
          "not_finite",
          `Expected a finite number, found ${_describe(value)}`,
          up,
          key,
        );
      }
      if (kind === "count" && (!Number.isSafeInteger(value) || value < 0)) {
        return _issue(
          context,
          "out_of_range",
          `Expected a whole number from 0 up, found ${value}`,
          up,
          key,
        );
      }
      // JSON has no negative zero: write -0 as 0, so that it round-trips.
      return value === 0 ? 0 : value;
    case "boolean":
      if (typeof value !== "boolean") {
        return _issue(
          context,
          "invalid_type",
          `Expected a boolean, found ${_describe(value)}`,
          up,
          key,
        );
      }
      return value;
    case "block":
      return _readBlock(value, up, key, context);
    default:
  }
  if ("enum" in kind) {
    if (!kind.enum.includes(value as string | number)) {
      const allowed = kind.enum.map((item) => JSON.stringify(item)).join(", ");
      const found =
        typeof value === "string" ? JSON.stringify(value.slice(0, 40)) : _describe(value);
      return _issue(
        context,
        "invalid_value",
        `Expected one of ${allowed}, found ${found}`,
        up,
        key,
      );
    }
    return value;
  }
  if ("object" in kind) return _readObject(value, kind.object, up, key, context);
  if (!Array.isArray(value)) {
    return _issue(context, "invalid_type", `Expected an array, found ${_describe(value)}`, up, key);
  }
  const output: unknown[] = context.inPlace ? value : new Array(value.length);
  const node: Node = { up, key };
  let valid = true;
  for (let index = 0; index < value.length; index++) {
    const input = value[index];
    const item = _read(input, kind.array, node, index, context);
    if (item === INVALID) valid = false;
    else if (item !== input || !context.inPlace) output[index] = item;
  }
  return valid ? output : INVALID;
}

function _readObject(
  value: unknown,
  shape: Shape,
  up: Node | undefined,
  key: string | number | undefined,
  context: Context,
): Result {
  if (!_isPlainObject(value)) {
    return _issue(
      context,
      "invalid_type",
      `Expected ${shape.name} (an object), found ${_describe(value)}`,
      up,
      key,
    );
  }
  const node: Node | undefined = key === undefined ? undefined : { up, key };
  const inPlace = context.inPlace;
  // One pass over the object's own keys (never its prototype's): known keys
  // are read, unknown ones collected.
  const values: unknown[] = new Array(shape.fields.length);
  let valid = true;
  let unknown: string[] | undefined;
  for (const name of Object.keys(value)) {
    const index = shape.index.get(name);
    if (index === undefined) {
      if (context.unknownKeys === "error") {
        valid = false;
        _issue(
          context,
          "unknown_key",
          `Unexpected key ${JSON.stringify(name)} on ${shape.name}`,
          node,
          name,
        );
      } else {
        unknown ??= [];
        unknown.push(name);
      }
      continue;
    }
    const input = value[name];
    if (input === undefined) continue;
    const result = _read(input, (shape.fields[index] as Field).kind, node, name, context);
    if (result === INVALID) valid = false;
    else values[index] = result;
  }
  const output: Record<string, unknown> = inPlace ? value : {};
  for (let index = 0; index < shape.fields.length; index++) {
    const field = shape.fields[index] as Field;
    const result = values[index];
    if (result === undefined) {
      // Defined, not assigned: a getter-only key on a polluted
      // Object.prototype must not make the assignment throw.
      if (field.fallback) {
        Object.defineProperty(output, field.key, {
          value: field.fallback(),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      } else if (
        field.required &&
        !(Object.hasOwn(value, field.key) && value[field.key] !== undefined)
      ) {
        valid = false;
        _issue(
          context,
          "missing_field",
          `Expected \`${field.key}\` on ${shape.name}`,
          node,
          field.key,
        );
      }
    } else if (!inPlace || result !== value[field.key]) output[field.key] = result;
  }
  if (unknown) {
    if (!inPlace) unknown.sort();
    for (const name of unknown) {
      if (!name.isWellFormed()) {
        valid = false;
        _issue(
          context,
          "malformed_unicode",
          "Expected a well-formed key, found a lone surrogate",
          node,
          name,
        );
        continue;
      }
      const copy = _copyJson(value[name], _path(node, name), context, !inPlace);
      if (copy === INVALID) valid = false;
      else if (!inPlace && copy !== undefined) _set(output, name, copy);
    }
  }
  if (!valid) return INVALID;
  shape.check?.(output, node, context);
  return output;
}

function _readBlock(
  value: unknown,
  up: Node | undefined,
  key: string | number,
  context: Context,
): Result {
  if (!_isPlainObject(value)) {
    return _issue(
      context,
      "invalid_type",
      `Expected a block (an object), found ${_describe(value)}`,
      up,
      key,
    );
  }
  const node: Node = { up, key };
  const type = value.type;
  const shape =
    typeof type === "string" && Object.hasOwn(BLOCK_SHAPES, type) ? BLOCK_SHAPES[type] : undefined;
  if (!shape) {
    if (type === undefined) {
      return _issue(context, "missing_field", "Expected `type` on a block", node, "type");
    }
    const found = typeof type === "string" ? JSON.stringify(type.slice(0, 40)) : _describe(type);
    return _issue(
      context,
      "invalid_value",
      `Expected a block type (${BLOCK_TYPES.join(", ")}), found ${found}`,
      node,
      "type",
    );
  }
  return _readObject(value, shape, up, key, context);
}

// Check a JSON leaf (anything but an object or array).
function _copyLeaf(value: unknown, path: Path, context: Context): Result {
  if (value === null || value === undefined || typeof value === "boolean") return value;
  if (typeof value === "string") {
    if (value.isWellFormed()) return value;
    context.issues.push({
      code: "malformed_unicode",
      message: "Expected well-formed Unicode text, found a lone surrogate",
      path,
    });
    return INVALID;
  }
  if (typeof value === "number") {
    if (value === 0) {
      if (1 / value < 0) context.negativeZero = true;
      return 0;
    }
    if (Number.isFinite(value)) return value;
    context.issues.push({
      code: "not_finite",
      message: `Expected a finite number, found ${_describe(value)}`,
      path,
    });
    return INVALID;
  }
  context.issues.push({
    code: "invalid_type",
    message: `Expected a JSON value, found ${_describe(value)}`,
    path,
  });
  return INVALID;
}

interface Frame {
  source: unknown;
  target: Record<string, unknown> | unknown[] | undefined;
  key: string | number;
  path: Path;
  depth: number;
}

/**
 * Check (and, with `build`, copy) a JSON value iteratively: plain objects,
 * arrays, well-formed strings, finite numbers, booleans and null, at most
 * `MAX_EXTRA_DEPTH` deep. Object keys are copied sorted. `undefined` (absent
 * in JSON) is dropped from objects and becomes `null` in arrays, as
 * `JSON.stringify` writes it.
 */
export function _copyJson(value: unknown, path: Path, context: Context, build: boolean): Result {
  if (typeof value !== "object" || value === null) return _copyLeaf(value, path, context);
  const root: Record<string, unknown> = {};
  const stack: Frame[] = [{ source: value, target: root, key: "value", path, depth: 0 }];
  let valid = true;
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const source = frame.source;
    // Paths of issues deeper than 64 levels name their 64th ancestor.
    const child = (key: string | number): Path =>
      frame.path.length < 64 ? [...frame.path, key] : frame.path;
    let copy: unknown;
    if (typeof source !== "object" || source === null) {
      copy = _copyLeaf(source, frame.path, context);
      if (copy === INVALID) {
        valid = false;
        continue;
      }
      if (copy === undefined) {
        if (Array.isArray(frame.target)) copy = null;
        else continue;
      }
    } else if (frame.depth >= MAX_EXTRA_DEPTH) {
      valid = false;
      context.issues.push({
        code: "input_too_complex",
        message: `Expected an unknown value nested at most ${MAX_EXTRA_DEPTH} levels deep`,
        path: frame.path,
      });
      continue;
    } else if (Array.isArray(source)) {
      const array: unknown[] | undefined = build ? new Array(source.length) : undefined;
      for (let index = source.length - 1; index >= 0; index--) {
        const item = source[index];
        stack.push({
          source: item,
          target: array,
          key: index,
          path: child(index),
          depth: frame.depth + 1,
        });
      }
      copy = array;
    } else if (_isPlainObject(source)) {
      const object: Record<string, unknown> | undefined = build ? {} : undefined;
      const keys = Object.keys(source);
      if (build) keys.sort();
      for (let index = keys.length - 1; index >= 0; index--) {
        const key = keys[index] as string;
        if (!key.isWellFormed()) {
          valid = false;
          context.issues.push({
            code: "malformed_unicode",
            message: "Expected a well-formed key, found a lone surrogate",
            path: child(key),
          });
          continue;
        }
        stack.push({
          source: source[key],
          target: object,
          key,
          path: child(key),
          depth: frame.depth + 1,
        });
      }
      copy = object;
    } else {
      valid = false;
      context.issues.push({
        code: "invalid_type",
        message: `Expected a JSON value, found ${_describe(source)}`,
        path: frame.path,
      });
      continue;
    }
    const target = frame.target;
    if (target === undefined) continue;
    if (Array.isArray(target)) target[frame.key as number] = copy;
    else _set(target, frame.key as string, copy);
  }
  if (!valid) return INVALID;
  return build ? root.value : value;
}

// Marks: the offsets and attributes, then the rules that need the text.
const MARK = /* @__PURE__ */ _shape(
  "a mark",
  [
    { key: "type", kind: { enum: MARK_TYPES }, required: true },
    { key: "start", kind: "count", required: true },
    { key: "end", kind: "count", required: true },
    { key: "url", kind: "url" },
    { key: "attribution", kind: "text" },
  ],
  (mark, node, context) => {
    const start = mark.start as number;
    const end = mark.end as number;
    if (end <= start) {
      _issue(
        context,
        "mark_reversed",
        `Expected a mark to end after it starts, found start ${start} and end ${end}`,
        node,
        "end",
      );
    }
    if (mark.type === "link" && mark.url === undefined) {
      _issue(context, "missing_field", "Expected a `url` on a link mark", node, "url");
    }
    if (mark.type !== "link" && mark.url !== undefined) {
      _issue(
        context,
        "invalid_value",
        `Expected no \`url\` on a ${mark.type} mark (only links have one)`,
        node,
        "url",
      );
    }
    if (mark.type !== "quote" && mark.attribution !== undefined) {
      _issue(
        context,
        "invalid_value",
        `Expected no \`attribution\` on a ${mark.type} mark (only quotes have one)`,
        node,
        "attribution",
      );
    }
  },
  `if (!(v.end > v.start) || (v.type === "link") !== (v.url !== undefined) ||
      (v.type !== "quote" && v.attribution !== undefined)) return false;`,
);

const PARAGRAPH = /* @__PURE__ */ _shape(
  "a paragraph",
  [
    { key: "type", kind: { enum: ["paragraph"] }, required: true },
    { key: "text", kind: "text", required: true },
    { key: "marks", kind: { array: { object: MARK } } },
  ],
  (paragraph, node, context) => {
    const marks = paragraph.marks as Mark[] | undefined;
    if (marks === undefined) return;
    const length = (paragraph.text as string).length;
    let valid = true;
    for (let index = 0; index < marks.length; index++) {
      const mark = marks[index] as Mark;
      if (mark.end <= mark.start || (mark.type === "link") !== (mark.url !== undefined))
        valid = false;
      if (mark.end > length) {
        valid = false;
        _issue(
          context,
          "mark_out_of_range",
          `Expected a mark inside its text (length ${length}), found end ${mark.end}`,
          { up: { up: node, key: "marks" }, key: index },
          "end",
        );
      }
    }
    if (!valid) return;
    // The canonical form (see `normalizeMarks`); an empty list says nothing.
    if (marks.length === 0) delete paragraph.marks;
    else paragraph.marks = normalizeMarks(marks);
  },
  `var m = v.marks;
  if (m !== undefined) {
    var L = v.text.length;
    for (var i = 0; i < m.length; i++) if (m[i].end > L) return false;
    if (m.length === 0) delete v.marks; else v.marks = H.normalizeMarks(m);
  }`,
);

const empty = () => [];

const PERSON = /* @__PURE__ */ _shape("a person", [
  { key: "name", kind: "nonEmpty", required: true },
  { key: "url", kind: "url" },
  { key: "email", kind: "email" },
  { key: "id", kind: "text" },
]);

const IMAGE = /* @__PURE__ */ _shape("an image", [
  { key: "type", kind: { enum: ["image"] }, required: true },
  { key: "url", kind: "nonEmpty", required: true },
  { key: "alt", kind: "text" },
  { key: "caption", kind: "text" },
  { key: "credit", kind: "text" },
]);

export const BLOCK_SHAPES: Record<string, Shape> = {
  paragraph: PARAGRAPH,
  quote: /* @__PURE__ */ _shape("a quote", [
    { key: "type", kind: { enum: ["quote"] }, required: true },
    { key: "blocks", kind: { array: { object: PARAGRAPH } }, required: true },
    { key: "attribution", kind: "text" },
    { key: "cite", kind: "url" },
  ]),
  list: /* @__PURE__ */ _shape("a list", [
    { key: "type", kind: { enum: ["list"] }, required: true },
    { key: "ordered", kind: "boolean", required: true },
    { key: "items", kind: { array: { object: PARAGRAPH } }, required: true },
  ]),
  image: IMAGE,
  embed: /* @__PURE__ */ _shape("an embed", [
    { key: "type", kind: { enum: ["embed"] }, required: true },
    { key: "provider", kind: "text" },
    { key: "url", kind: "url" },
    { key: "text", kind: "text" },
  ]),
  code: /* @__PURE__ */ _shape("a code block", [
    { key: "type", kind: { enum: ["code"] }, required: true },
    { key: "lang", kind: "text" },
    { key: "value", kind: "text", required: true },
  ]),
  raw: /* @__PURE__ */ _shape("a raw block", [
    { key: "type", kind: { enum: ["raw"] }, required: true },
    { key: "format", kind: "nonEmpty", required: true },
    { key: "value", kind: "text", required: true },
  ]),
};

const SECTION = /* @__PURE__ */ _shape("a section", [
  { key: "id", kind: "text" },
  { key: "heading", kind: "nonEmpty", required: true },
  { key: "level", kind: { enum: SECTION_LEVELS }, required: true },
  { key: "blocks", kind: { array: "block" }, fallback: empty },
]);

const TAG = /* @__PURE__ */ _shape("a tag", [
  { key: "name", kind: "nonEmpty", required: true },
  { key: "slug", kind: "nonEmpty", required: true },
  { key: "kind", kind: { enum: TAG_KINDS } },
]);

const COMMENT = /* @__PURE__ */ _shape("a comment", [
  { key: "id", kind: "nonEmpty", required: true },
  { key: "parentId", kind: "nonEmpty" },
  { key: "author", kind: { object: PERSON }, required: true },
  { key: "publishedAt", kind: "date" },
  { key: "updatedAt", kind: "date" },
  { key: "status", kind: { enum: COMMENT_STATUSES }, fallback: () => "published" },
  { key: "body", kind: { array: "block" }, fallback: empty },
  { key: "score", kind: "number" },
]);

const SITE = /* @__PURE__ */ _shape("a site", [
  { key: "name", kind: "text" },
  { key: "url", kind: "url" },
]);

export const ARTICLE = /* @__PURE__ */ _shape("an article", [
  { key: "id", kind: "text" },
  { key: "url", kind: "url" },
  { key: "title", kind: "nonEmpty", required: true },
  { key: "subtitle", kind: "text" },
  { key: "summary", kind: "text" },
  { key: "lang", kind: "lang" },
  { key: "authors", kind: { array: { object: PERSON } }, fallback: empty },
  { key: "publishedAt", kind: "date" },
  { key: "updatedAt", kind: "date" },
  { key: "site", kind: { object: SITE } },
  { key: "image", kind: { object: IMAGE } },
  { key: "lead", kind: { array: "block" }, fallback: empty },
  { key: "sections", kind: { array: { object: SECTION } }, fallback: empty },
  { key: "tags", kind: { array: { object: TAG } }, fallback: empty },
  { key: "comments", kind: { array: { object: COMMENT } }, fallback: empty },
  { key: "commentCount", kind: "count" },
]);

/**
 * Whether the strings that `JSON.parse(text)` yields are all well-formed and
 * free of NUL and CR, judged from the text alone: raw control characters are
 * not allowed inside JSON strings, so NUL and CR can only come from escapes,
 * and a lone surrogate only from a raw one or an escape. Linear.
 *
 * @param text
 *   JSON text.
 * @returns
 *   `true` when no string can hold a lone surrogate, NUL or CR.
 */
export function _isCleanJsonText(text: string): boolean {
  return text.isWellFormed() && _hasCleanEscapes(text);
}

/**
 * Whether no escape of a JSON text makes a NUL, a CR or a lone surrogate
 * (raw lone surrogates aside): then only `isWellFormed` is left to check on
 * each string, which V8 answers at once for strings of Latin-1 characters.
 * Fast on text with few backslashes.
 *
 * @param text
 *   JSON text.
 * @returns
 *   `true` when no escape makes a NUL, a CR or a surrogate.
 */
export function _hasCleanEscapes(text: string): boolean {
  let index = text.indexOf("\\");
  while (index !== -1) {
    const next = text.charCodeAt(index + 1);
    if (next === 0x72 /* r */) return false;
    if (next === 0x75 /* u */) {
      const hex = text.slice(index + 2, index + 6).toLowerCase();
      if (hex === "0000" || hex === "000d" || (hex >= "d800" && hex <= "dfff")) return false;
    }
    // Skip the escaped character, so that `\\` does not start another escape.
    index = text.indexOf("\\", index + 2);
  }
  return true;
}

/**
 * Read an article: check it and build a canonical copy.
 *
 * @param value
 *   Anything.
 * @param options
 *   Reader options (already checked).
 * @returns
 *   The article, or the issues found (never both).
 */
export function _readArticle(
  value: unknown,
  options: ReadOptions,
): { article: Article; issues: [] } | { article: undefined; issues: Issue[] } {
  const context: Context = {
    issues: [],
    unknownKeys: options.unknownKeys,
    inPlace: options.inPlace === true,
    clean: options.clean === true,
  };
  // Comment links are checked on the input, so that they are reported even
  // when another field of a comment is wrong.
  if (_isPlainObject(value) && Array.isArray(value.comments)) {
    for (const issue of _checkLinks(value.comments)) context.issues.push(issue);
  }
  const result = _readObject(value, ARTICLE, undefined, undefined, context);
  if (result === INVALID || context.issues.length > 0) {
    return { article: undefined, issues: context.issues };
  }
  return { article: result as Article, issues: [] };
}

function _checkLinks(comments: unknown[]): Issue[] {
  const links: { id?: unknown; parentId?: unknown }[] = new Array(comments.length);
  for (let index = 0; index < comments.length; index++) {
    const comment = comments[index];
    links[index] = _isPlainObject(comment) ? { id: comment.id, parentId: comment.parentId } : {};
  }
  return _checkComments(links);
}
