import type { Issue, IssueCode } from "../error.js";
import {
  BLOCK_TYPES,
  type Fail,
  type FieldSpec,
  MODEL,
  type Kind as ModelKind,
  type ObjectName,
  RULES,
  type Rule,
  STRING_KINDS,
  type StringKind,
  TEXT_RULES,
} from "../schema/_model.js";
import type { Article } from "../schema/article.js";
import type { Mark } from "../schema/block.js";
import { normalizeMarks } from "../schema/marks.js";

// The reader behind `parseArticle`, `fromJson` and `toJson`: one pass over
// the input that checks every rule of the model (`src/schema/_model.ts`, the
// description the zod schemas are built from too) and builds a fresh
// article in canonical key order (known keys in the model's order, then
// unknown keys sorted), keeping unknown keys, `__proto__` included. Its
// shape tables are built from the model on first use; a differential test
// keeps it in agreement with `ArticleSchema`.
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
  | StringKind
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
  /** The object's name in the model ("mark"). */
  id: ObjectName;
  /** How messages name it ("a mark"). */
  name: string;
  fields: Field[];
  /** Position of each known key in `fields`. */
  index: Map<string, number>;
  /** The model's rules checked on the input before its fields are read. */
  inputRules: Rule[];
  /** The model's rules checked once its fields are valid. */
  rules: Rule[];
  /** Completes a valid object in place (canonical marks of a paragraph). */
  finish?: (output: Record<string, unknown>) => void;
}

const INVALID: unique symbol = Symbol("invalid");
type Result = unknown | typeof INVALID;

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
  if (!context.clean) {
    const { wellFormed, noForbidden } = TEXT_RULES;
    if (!wellFormed.check(value)) {
      return _issue(context, wellFormed.code, wellFormed.message, up, key);
    }
    if (!noForbidden.check(value)) {
      return _issue(context, noForbidden.code, noForbidden.message, up, key);
    }
  }
  if (kind === "text") return value;
  // Blank texts are common enough to skip `trim`'s copy (`_isBlank`).
  const rule = STRING_KINDS[kind as StringKind];
  if (kind === "nonEmpty" ? _isBlank(value) : !rule.check?.(value)) {
    const found = kind === "nonEmpty" ? "" : `, found ${JSON.stringify(value.slice(0, 80))}`;
    return _issue(context, rule.code as IssueCode, `${rule.expected}${found}`, up, key);
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
  const before = context.issues.length;
  // Rules on the input are reported even when a field is wrong.
  for (const rule of shape.inputRules) rule.check(value, _fail(context, node));
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
  for (const rule of shape.rules) rule.check(output, _fail(context, node));
  if (context.issues.length !== before) return INVALID;
  shape.finish?.(output);
  return output;
}

// Where the model's rules report: issues at paths under the object's node.
function _fail(context: Context, node: Node | undefined): Fail {
  return (code, message, path) => {
    let at = node;
    for (let index = 0; index < path.length - 1; index++) {
      at = { up: at, key: path[index] as string | number };
    }
    _issue(context, code, message, at, path[path.length - 1]);
  };
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
  const blocks = _shapes().blocks;
  const shape = typeof type === "string" && Object.hasOwn(blocks, type) ? blocks[type] : undefined;
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

// The shape tables, built from the model on first use.
interface Shapes {
  article: Shape;
  /** The shape of each block type. */
  blocks: Record<string, Shape>;
  /** Every shape, by the model's name. */
  all: Map<ObjectName, Shape>;
}

let SHAPES: Shapes | undefined;

/**
 * The reader's shape tables, built from the model (`_model.ts`) once.
 *
 * @returns
 *   The article's shape, each block type's, and all of them by name.
 */
export function _shapes(): Shapes {
  if (SHAPES) return SHAPES;
  const all = new Map<ObjectName, Shape>();
  const kind = (model: ModelKind): Kind => {
    if (typeof model === "string") return model;
    if ("literal" in model) return { enum: [model.literal] };
    if ("enum" in model) return { enum: model.enum };
    if ("object" in model) return { object: shape(model.object) };
    return { array: kind(model.array) };
  };
  const shape = (id: ObjectName): Shape => {
    const known = all.get(id);
    if (known) return known;
    const spec = MODEL[id];
    const names: readonly (keyof typeof RULES)[] = "rules" in spec ? spec.rules : [];
    const rules: Rule[] = names.map((name) => RULES[name]);
    const result: Shape = {
      id,
      name: spec.name,
      fields: [],
      index: new Map(),
      inputRules: rules.filter((rule) => rule.input),
      rules: rules.filter((rule) => !rule.input),
    };
    if (id === "paragraph") result.finish = _canonicalMarks;
    all.set(id, result);
    for (const [key, field] of Object.entries(spec.fields) as [string, FieldSpec][]) {
      const entry: Field = { key, kind: kind(field.kind) };
      if (field.default !== undefined) {
        const value = field.default;
        entry.fallback = typeof value === "string" ? () => value : () => [];
      } else if (!field.optional) entry.required = true;
      result.index.set(key, result.fields.length);
      result.fields.push(entry);
    }
    return result;
  };
  const blocks: Record<string, Shape> = {};
  for (const type of BLOCK_TYPES) blocks[type] = shape(type);
  SHAPES = { article: shape("article"), blocks, all };
  return SHAPES;
}

/**
 * Put a valid paragraph's marks in their canonical form (see
 * `normalizeMarks`), in place; an empty list says nothing and goes.
 *
 * @param paragraph
 *   A paragraph whose fields and rules passed.
 */
export function _canonicalMarks(paragraph: Record<string, unknown>): void {
  const marks = paragraph.marks as Mark[] | undefined;
  if (marks === undefined) return;
  if (marks.length === 0) delete paragraph.marks;
  else paragraph.marks = normalizeMarks(marks);
}

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
  const result = _readObject(value, _shapes().article, undefined, undefined, context);
  if (result === INVALID || context.issues.length > 0) {
    return { article: undefined, issues: context.issues };
  }
  return { article: result as Article, issues: [] };
}
