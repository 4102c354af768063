// The zod schemas, built from the model's one description (`_model.ts`).
// Each object is built once (and cached), so that `PersonSchema` is the
// very schema `CommentSchema.shape.author` holds and the JSON Schema names
// it once. Each refinement carries the marginalia issue code in
// `params.code`, so that zod's issues and `parseArticle`'s agree.

import * as z from "zod";
import {
  BLOCK_TYPES,
  type FieldSpec,
  type Kind,
  MODEL,
  type ObjectName,
  RULES,
  STRING_KINDS,
  type StringKind,
  TEXT_RULES,
} from "./_model.js";

type Model = typeof MODEL;

// The types are written without named aliases in their results, so that
// the declaration files spell `ArticleSchema` out as zod types (as they did
// when the schemas were written by hand) rather than naming these helpers.

/** The zod type of a field kind. */
export type ZodOfKind<K> = K extends StringKind
  ? z.ZodString
  : K extends "count"
    ? z.ZodInt
    : K extends "number"
      ? z.ZodNumber
      : K extends "boolean"
        ? z.ZodBoolean
        : K extends "block"
          ? z.ZodDiscriminatedUnion<
              // BLOCK_TYPES, in order (a mapped tuple would print as a name).
              [
                ZodOfKind<{ readonly object: "paragraph" }>,
                ZodOfKind<{ readonly object: "quote" }>,
                ZodOfKind<{ readonly object: "list" }>,
                ZodOfKind<{ readonly object: "image" }>,
                ZodOfKind<{ readonly object: "embed" }>,
                ZodOfKind<{ readonly object: "code" }>,
                ZodOfKind<{ readonly object: "raw" }>,
              ],
              "type"
            >
          : K extends { readonly literal: infer L extends string }
            ? z.ZodLiteral<L>
            : K extends { readonly enum: infer E extends readonly string[] }
              ? z.ZodEnum<{ [V in E[number]]: V }>
              : K extends { readonly enum: infer E extends readonly number[] }
                ? z.ZodLiteral<E[number]>
                : K extends { readonly object: infer N extends ObjectName }
                  ? z.ZodObject<
                      {
                        -readonly [F in keyof Model[N]["fields"]]: ZodOfField<
                          Model[N]["fields"][F]
                        >;
                      },
                      z.core.$loose
                    >
                  : K extends { readonly array: infer I }
                    ? z.ZodArray<ZodOfKind<I>>
                    : never;

/** The zod type of a field: optional, defaulted or required. */
export type ZodOfField<F> = F extends { readonly kind: infer K; readonly optional: true }
  ? z.ZodOptional<ZodOfKind<K>>
  : F extends { readonly kind: infer K; readonly default: unknown }
    ? z.ZodDefault<ZodOfKind<K>>
    : F extends { readonly kind: infer K }
      ? ZodOfKind<K>
      : never;

/** The zod schema of an object of the model (unknown keys kept). */
export type ZodObjectOf<N extends ObjectName> = ZodOfKind<{ readonly object: N }>;

/** The zod schema of any block. */
export type ZodBlock = ZodOfKind<"block">;

const BUILT = /* @__PURE__ */ new Map<string, z.ZodType>();

function _string(kind: StringKind): z.ZodType {
  const rule = STRING_KINDS[kind];
  let schema = z.string();
  for (const base of [TEXT_RULES.wellFormed, TEXT_RULES.noForbidden]) {
    schema = schema.refine(base.check, { message: base.message, params: { code: base.code } });
  }
  if (rule.check) {
    schema = schema.refine(rule.check, {
      message: rule.expected ?? "",
      params: { code: rule.code },
    });
  }
  return schema.meta({ pattern: rule.pattern });
}

function _zodOfKind(kind: Kind): z.ZodType {
  switch (kind) {
    case "text":
    case "nonEmpty":
    case "url":
    case "date":
    case "lang":
    case "email":
      return _string(kind);
    case "count":
      return z.int().min(0);
    case "number":
      return z.number();
    case "boolean":
      return z.boolean();
    case "block":
      return _zodBlock();
    default:
  }
  if ("literal" in kind) return z.literal(kind.literal);
  if ("enum" in kind) {
    const values = kind.enum;
    return typeof values[0] === "number"
      ? z.literal(values as readonly number[])
      : z.enum(values as readonly [string, ...string[]]);
  }
  if ("object" in kind) return _zodObject(kind.object);
  return z.array(_zodOfKind(kind.array));
}

function _field(field: FieldSpec): z.ZodType {
  const schema = _zodOfKind(field.kind);
  if (field.optional) return schema.optional();
  if (field.default !== undefined) {
    const value = field.default;
    return schema.default(() => (typeof value === "string" ? value : []) as never);
  }
  return schema;
}

/**
 * Build (once) the zod schema of an object of the model.
 *
 * @param name
 *   The object's name in `MODEL`.
 * @returns
 *   Its zod schema.
 */
export function _zodObject<N extends ObjectName>(name: N): ZodObjectOf<N> {
  const known = BUILT.get(name);
  if (known) return known as unknown as ZodObjectOf<N>;
  const spec = MODEL[name];
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(spec.fields)) shape[key] = _field(field as FieldSpec);
  let schema = z.looseObject(shape);
  const rules = "rules" in spec ? spec.rules : [];
  if (rules.length > 0) {
    schema = schema.superRefine((value, context) => {
      for (const rule of rules) {
        RULES[rule].check(value as never, (code, message, path) => {
          context.addIssue({ code: "custom", message, path, params: { code } });
        });
      }
    });
  }
  const result = schema.meta({ id: spec.id });
  BUILT.set(name, result);
  return result as unknown as ZodObjectOf<N>;
}

/**
 * Build (once) the zod schema of any block.
 *
 * @returns
 *   The discriminated union of the block schemas.
 */
export function _zodBlock(): ZodBlock {
  const known = BUILT.get("block");
  if (known) return known as unknown as ZodBlock;
  const options = BLOCK_TYPES.map((type) => _zodObject(type));
  const result = z
    .discriminatedUnion("type", options as unknown as [ZodObjectOf<"paragraph">])
    .meta({ id: "Block" });
  BUILT.set("block", result);
  return result as unknown as ZodBlock;
}
