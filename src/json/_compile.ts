// A fast path for `fromJson`, generated from the same shape tables as the
// reader in `_read.ts` (themselves built from the model, `_model.ts`): the
// same field kinds, the same rule functions, the same completion. The generic reader accesses fields by computed keys
// at shared call sites, which V8 cannot specialise; the generated code has
// one function per shape with constant property names, so each access site
// sees one object layout (what JSON.parse makes) and stays monomorphic.
//
// It answers only "valid or not" while completing the value in place
// (defaults, canonical marks), calling the model's own rule functions with
// a `fail` that only notes the failure. Rules checked on the input
// (`Rule.input`: the links between comments) are left to the caller.
// On "not", the caller runs the generic reader, which finds the issues, so
// the two cannot disagree on messages. A differential test checks that they
// agree on every verdict. Where `new Function` is not allowed (a strict
// Content-Security-Policy), there is no fast path and nothing else changes.

import { type Rule, STRING_KINDS, TEXT_RULES } from "../schema/_model.js";
import { _copyJson, _isBlank, _shapes, type Context, type Kind, type Shape } from "./_read.js";

/**
 * A generated check: `true` when `value`, fresh from `JSON.parse`, is a
 * valid article (links between comments aside). `clean` says that the
 * JSON text's escapes make no NUL, CR or surrogate (`_hasCleanEscapes`).
 */
export type FastCheck = (value: unknown, clean: boolean, strict: boolean) => boolean;

let compiled: FastCheck | null | undefined;

/**
 * Get the generated check, building it on first use.
 *
 * @returns
 *   The check, or `undefined` when code cannot be generated here.
 */
export function _fastCheck(): FastCheck | undefined {
  if (compiled === undefined) {
    try {
      compiled = _build();
    } catch {
      compiled = null;
    }
  }
  return compiled ?? undefined;
}

function _build(): FastCheck {
  const shapes: Shape[] = [];
  const lines: string[] = [];
  const name = (shape: Shape): string => {
    let index = shapes.indexOf(shape);
    if (index === -1) {
      index = shapes.length;
      shapes.push(shape);
    }
    return `s${index}`;
  };
  const arrays: string[] = [];
  const arrayOf = (kind: Kind): string => {
    const body = test(kind, "y");
    let index = arrays.indexOf(body);
    if (index === -1) {
      index = arrays.length;
      arrays.push(body);
    }
    return `a${index}`;
  };
  // With clean escapes (`C`), a string can only be ill-formed through a raw
  // lone surrogate: `isWellFormed` is then the whole check (and immediate
  // for strings of Latin-1 characters).
  const text = (x: string) =>
    `typeof ${x} === "string" && (C ? ${x}.isWellFormed() : H.text(${x}))`;
  function test(kind: Kind, x: string): string {
    switch (kind) {
      case "text":
        return text(x);
      case "nonEmpty":
        return `${text(x)} && !H.blank(${x})`;
      case "url":
      case "date":
      case "lang":
      case "email":
        // The kind's own check from the model.
        return `${text(x)} && H.${kind}(${x})`;
      case "count":
        return `typeof ${x} === "number" && Number.isSafeInteger(${x}) && ${x} >= 0`;
      case "number":
        return `typeof ${x} === "number" && Number.isFinite(${x})`;
      case "boolean":
        return `typeof ${x} === "boolean"`;
      case "block":
        return `blk(${x})`;
      default:
    }
    if ("enum" in kind) {
      return `(${kind.enum.map((item) => `${x} === ${JSON.stringify(item)}`).join(" || ")})`;
    }
    if ("object" in kind) return `${name(kind.object)}(${x})`;
    return `Array.isArray(${x}) && ${arrayOf(kind.array)}(${x})`;
  }
  const tables = _shapes();
  const emitted = new Set<number>();
  const article = name(tables.article);
  for (const block of Object.values(tables.blocks)) name(block);
  // Each rule function once, as a local `r<n>`.
  const rules: Rule[] = [];
  const rule = (item: Rule): string => {
    let index = rules.indexOf(item);
    if (index === -1) {
      index = rules.length;
      rules.push(item);
    }
    return `r${index}`;
  };
  // Shapes may name more shapes while being emitted: loop until done.
  for (let index = 0; index < shapes.length; index++) {
    if (emitted.has(index)) continue;
    emitted.add(index);
    const shape = shapes[index] as Shape;
    // The value comes from JSON.parse: every object's prototype is
    // Object.prototype, no property holds `undefined`, and the caller has
    // checked that no known key is inherited from Object.prototype (see
    // `_inherits`). So `v[key]` is the own property or absent, with no
    // `Object.hasOwn` (a third of the check's time, measured).
    const out = [
      `function s${index}(v) {`,
      `  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;`,
      `  var n = 0, x;`,
    ];
    for (const field of shape.fields) {
      const key = JSON.stringify(field.key);
      out.push(`  x = v[${key}];`);
      // JSON has -0 (`-0`, `-0.0e1`); the model writes it 0.
      const zero =
        field.kind === "count" || field.kind === "number" ? ` if (x === 0) v[${key}] = 0;` : "";
      out.push(
        `  if (x !== undefined) { n++; if (!(${test(field.kind, "x")})) return false;${zero} }`,
      );
      if (field.required) out.push(`  else return false;`);
      else if (field.fallback)
        out.push(`  else { v[${key}] = H.fallback[${index}][${key}](); n++; }`);
    }
    out.push(
      `  if (Object.keys(v).length !== n && !H.extra(v, H.known[${index}], S)) return false;`,
    );
    if (shape.rules.length > 0) {
      // `F` notes a failure in `ok`; messages are built only then.
      const calls = shape.rules.map((item) => `${rule(item)}(v, F);`).join(" ");
      out.push(`  ok = true; ${calls} if (!ok) return false;`);
    }
    if (shape.finish) out.push(`  f${index}(v);`);
    out.push(`  return true;`, `}`);
    lines.push(out.join("\n"));
  }
  arrays.forEach((body, index) => {
    lines.push(
      `function a${index}(x) { for (var i = 0; i < x.length; i++) { var y = x[i]; if (!(${body})) return false; } return true; }`,
    );
  });
  const cases = Object.entries(tables.blocks).map(
    ([type, shape]) => `    case ${JSON.stringify(type)}: return ${name(shape)}(x);`,
  );
  lines.push(
    [
      `function blk(x) {`,
      `  if (typeof x !== "object" || x === null) return false;`,
      `  switch (x.type) {`,
      ...cases,
      `    default: return false;`,
      `  }`,
      `}`,
    ].join("\n"),
  );
  const helpers = {
    text: (value: string) =>
      TEXT_RULES.wellFormed.check(value) && TEXT_RULES.noForbidden.check(value),
    blank: _isBlank,
    url: STRING_KINDS.url.check,
    date: STRING_KINDS.date.check,
    lang: STRING_KINDS.lang.check,
    email: STRING_KINDS.email.check,
    known: shapes.map((shape) => shape.index),
    rules,
    finish: shapes.map((shape) => shape.finish),
    fallback: shapes.map((shape) => {
      const result: Record<string, () => unknown> = {};
      for (const field of shape.fields) if (field.fallback) result[field.key] = field.fallback;
      return result;
    }),
    extra: _extra,
    inherits: _inherits(shapes),
  };
  const locals = [
    ...rules.map((_, index) => `var r${index} = H.rules[${index}].check;`),
    ...shapes.flatMap((shape, index) =>
      shape.finish ? [`var f${index} = H.finish[${index}];`] : [],
    ),
  ].join("\n");
  const source = `${locals}\nvar ok = true;\nfunction F() { ok = false; }\n${lines.join("\n")}\nreturn function (value, clean, strict) { if (H.inherits()) return false; C = clean; S = strict; return ${article}(value); };`;
  const factory = new Function("H", `"use strict"; var C = false, S = false;\n${source}`) as (
    helpers: unknown,
  ) => FastCheck;
  return factory(helpers);
}

/**
 * Whether any key the shapes know is reachable on Object.prototype (someone
 * set `Object.prototype.title`, say): then `v[key]` could be inherited and
 * the check answers "not valid" so that the generic reader decides. The
 * own property names of Object.prototype are its only ones (its prototype
 * is null); each call looks again, as they can change at any time.
 */
function _inherits(shapes: readonly Shape[]): () => boolean {
  const keys = [...new Set(shapes.flatMap((shape) => shape.fields.map((field) => field.key)))];
  return () => {
    for (const key of keys) if (key in Object.prototype) return true;
    return false;
  };
}

// Unknown keys: refused when strict, otherwise each must hold JSON. A -0
// under them is left to the copying reader, which writes it 0.
function _extra(
  value: Record<string, unknown>,
  known: Map<string, number>,
  strict: boolean,
): boolean {
  for (const key of Object.keys(value)) {
    if (known.has(key)) continue;
    if (strict) return false;
    if (!key.isWellFormed()) return false;
    const context: Context = { issues: [], unknownKeys: "keep", inPlace: true, clean: false };
    _copyJson(value[key], [], context, false);
    if (context.issues.length > 0 || context.negativeZero === true) return false;
  }
  return true;
}
