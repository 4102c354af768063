// The model is described once (src/schema/_model.ts) and read three times:
// by the zod schemas, by the JSON reader (its tables and the generated fast
// path of fromJson), and by the JSON Schema generator. These tests hold the
// three equal: the same objects with the same fields, kinds and presence,
// and each rule behaving the same through zod, parseArticle, fromJson and
// (where a JSON Schema can say it) ajv with the shipped schema.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import type * as z from "zod";
import { ArticleSchema, CommentSchema, fromJson, safeParseArticle } from "../../src/index.js";
import { _fastCheck } from "../../src/json/_compile.js";
import { _readArticle, _shapes, type Kind as ReaderKind } from "../../src/json/_read.js";
import {
  type FieldSpec,
  type Kind,
  LIBRARY_ONLY,
  MODEL,
  type ObjectName,
  RULES,
  STRING_KINDS,
} from "../../src/schema/_model.js";
import { _zodObject } from "../../src/schema/_zod.js";

const shipped = JSON.parse(
  readFileSync(join(import.meta.dirname, "..", "..", "schema/article.schema.json"), "utf8"),
);
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(shipped);

// One neutral form for a field, whoever describes it.
type Signature = string;

const patternKind = new Map(
  Object.entries(STRING_KINDS).map(([kind, rule]) => [rule.pattern, kind]),
);

function modelKind(kind: Kind): Signature {
  if (typeof kind === "string") return kind;
  if ("literal" in kind) return `literal ${kind.literal}`;
  if ("enum" in kind) return `enum ${kind.enum.join("|")}`;
  if ("object" in kind) return `object ${MODEL[kind.object].id}`;
  return `array of ${modelKind(kind.array)}`;
}

function modelFields(name: ObjectName): Record<string, Signature> {
  const result: Record<string, Signature> = {};
  for (const [key, field] of Object.entries(MODEL[name].fields) as [string, FieldSpec][]) {
    const presence = field.optional
      ? "optional"
      : field.default !== undefined
        ? `default ${JSON.stringify(field.default)}`
        : "required";
    result[key] = `${presence} ${modelKind(field.kind)}`;
  }
  return result;
}

// zod: walk the built schemas through their definitions.
type AnyZod = z.ZodType & { _zod: { def: Record<string, unknown> } };

function zodKind(schema: AnyZod): Signature {
  const def = schema._zod.def;
  switch (def.type) {
    case "string":
      return patternKind.get((schema.meta() as { pattern: string }).pattern) ?? "unknown string";
    case "number":
      return (def.checks as unknown[] | undefined)?.length ? "count" : "number";
    case "boolean":
      return "boolean";
    case "literal": {
      const values = def.values as unknown[];
      return typeof values[0] === "number" ? `enum ${values.join("|")}` : `literal ${values[0]}`;
    }
    case "enum":
      return `enum ${Object.values(def.entries as object).join("|")}`;
    case "array":
      return `array of ${zodKind(def.element as AnyZod)}`;
    case "union":
      return "block";
    case "object":
      return `object ${(schema.meta() as { id: string }).id}`;
    default:
      return `unknown ${String(def.type)}`;
  }
}

function zodFields(schema: AnyZod): Record<string, Signature> {
  const result: Record<string, Signature> = {};
  const shape = (schema as unknown as z.ZodObject).shape as Record<string, AnyZod>;
  for (const [key, field] of Object.entries(shape)) {
    const def = field._zod.def;
    if (def.type === "optional") result[key] = `optional ${zodKind(def.innerType as AnyZod)}`;
    else if (def.type === "default") {
      const value = def.defaultValue;
      result[key] =
        `default ${JSON.stringify(typeof value === "function" ? value() : value)} ${zodKind(def.innerType as AnyZod)}`;
    } else result[key] = `required ${zodKind(field)}`;
  }
  return result;
}

// The reader's tables.
function readerKind(kind: ReaderKind): Signature {
  if (typeof kind === "string") return kind;
  if ("enum" in kind) {
    // A one-value enum on `type` is the model's literal.
    return kind.enum.length === 1 && typeof kind.enum[0] === "string"
      ? `literal ${kind.enum[0]}`
      : `enum ${kind.enum.join("|")}`;
  }
  if ("object" in kind) return `object ${MODEL[kind.object.id].id}`;
  return `array of ${readerKind(kind.array)}`;
}

function readerFields(name: ObjectName): Record<string, Signature> {
  const shape = _shapes().all.get(name);
  if (!shape) throw new Error(`no reader shape for ${name}`);
  const result: Record<string, Signature> = {};
  for (const field of shape.fields) {
    const presence = field.fallback
      ? `default ${JSON.stringify(field.fallback())}`
      : field.required
        ? "required"
        : "optional";
    result[field.key] = `${presence} ${readerKind(field.kind)}`;
  }
  return result;
}

// The JSON Schema.
type JsonSchema = Record<string, unknown>;

function jsonKind(schema: JsonSchema): Signature {
  if (typeof schema.$ref === "string") {
    const id = schema.$ref.replace("#/$defs/", "");
    return id === "Block" ? "block" : `object ${id}`;
  }
  if (schema.const !== undefined) return `literal ${String(schema.const)}`;
  if (Array.isArray(schema.enum)) return `enum ${schema.enum.join("|")}`;
  if (schema.type === "string") return patternKind.get(schema.pattern as string) ?? "unknown";
  if (schema.type === "integer") return "count";
  if (schema.type === "array") return `array of ${jsonKind(schema.items as JsonSchema)}`;
  return String(schema.type);
}

function jsonFields(name: ObjectName): Record<string, Signature> {
  const definition = shipped.$defs[MODEL[name].id] as JsonSchema;
  const required = (definition.required ?? []) as string[];
  const result: Record<string, Signature> = {};
  for (const [key, property] of Object.entries(definition.properties as object)) {
    const presence =
      property.default !== undefined
        ? `default ${JSON.stringify(property.default)}`
        : required.includes(key)
          ? "required"
          : "optional";
    result[key] = `${presence} ${jsonKind(property)}`;
  }
  return result;
}

const NAMES = Object.keys(MODEL) as ObjectName[];

describe("the model, the zod schemas, the reader and the JSON Schema", () => {
  for (const name of NAMES) {
    it(`describe ${name} alike (keys, order, kinds, presence)`, () => {
      const model = modelFields(name);
      const zod = zodFields(_zodObject(name) as unknown as AnyZod);
      expect(Object.keys(zod)).toEqual(Object.keys(model));
      expect(zod).toEqual(model);
      expect(readerFields(name)).toEqual(model);
      expect(jsonFields(name)).toEqual(model);
    });
  }

  it("reach every object of the model from the article, the same way", () => {
    // Walk ArticleSchema.shape and the reader's tables side by side.
    const seen = new Set<string>();
    const stack: [AnyZod, ObjectName][] = [[ArticleSchema as unknown as AnyZod, "article"]];
    while (stack.length > 0) {
      const [schema, name] = stack.pop() as [AnyZod, ObjectName];
      if (seen.has(name)) continue;
      seen.add(name);
      expect(zodFields(schema)).toEqual(readerFields(name));
      const shape = (schema as unknown as z.ZodObject).shape as Record<string, AnyZod>;
      for (const field of Object.values(shape)) {
        let inner = field;
        for (;;) {
          const def = inner._zod.def;
          if (def.type === "optional" || def.type === "default") inner = def.innerType as AnyZod;
          else if (def.type === "array") inner = def.element as AnyZod;
          else break;
        }
        const def = inner._zod.def;
        const objects = def.type === "union" ? (def.options as AnyZod[]) : [inner];
        for (const object of objects) {
          if (object._zod.def.type !== "object") continue;
          const id = (object.meta() as { id: string }).id;
          const next = NAMES.find((candidate) => MODEL[candidate].id === id) as ObjectName;
          // The very schema the model's builder made, shared.
          expect(object).toBe(_zodObject(next));
          stack.push([object, next]);
        }
      }
    }
    expect([...seen].sort()).toEqual([...NAMES].sort());
    expect(ArticleSchema.shape.comments.def.innerType.element).toBe(CommentSchema);
  });

  it("name every object of the JSON Schema, and nothing else", () => {
    expect(Object.keys(shipped.$defs).sort()).toEqual(
      [...NAMES.map((name) => MODEL[name].id), "Block"].sort(),
    );
  });
});

// Each rule, broken on a fixture: the code and path every reader reports.
const paragraph = (text: string, marks: unknown[]) => ({ type: "paragraph", text, marks });
const RULE_CASES: Record<keyof typeof RULES, { input: unknown; code: string; path: unknown[] }[]> =
  {
    markOrder: [
      {
        input: { title: "T", lead: [paragraph("abc", [{ type: "strong", start: 2, end: 1 }])] },
        code: "mark_reversed",
        path: ["lead", 0, "marks", 0, "end"],
      },
    ],
    linkUrl: [
      {
        input: { title: "T", lead: [paragraph("abc", [{ type: "link", start: 0, end: 1 }])] },
        code: "missing_field",
        path: ["lead", 0, "marks", 0, "url"],
      },
      {
        input: {
          title: "T",
          lead: [
            paragraph("abc", [{ type: "strong", start: 0, end: 1, url: "https://a.example/" }]),
          ],
        },
        code: "invalid_value",
        path: ["lead", 0, "marks", 0, "url"],
      },
    ],
    quoteAttribution: [
      {
        input: {
          title: "T",
          lead: [paragraph("abc", [{ type: "emphasis", start: 0, end: 1, attribution: "A" }])],
        },
        code: "invalid_value",
        path: ["lead", 0, "marks", 0, "attribution"],
      },
    ],
    marksInText: [
      {
        input: { title: "T", lead: [paragraph("abc", [{ type: "strong", start: 1, end: 4 }])] },
        code: "mark_out_of_range",
        path: ["lead", 0, "marks", 0, "end"],
      },
    ],
    commentLinks: [
      {
        input: {
          title: "T",
          comments: [
            { id: "1", author: { name: "A" } },
            { id: "1", author: { name: "B" } },
          ],
        },
        code: "duplicate_id",
        path: ["comments", 1, "id"],
      },
      {
        input: { title: "T", comments: [{ id: "1", parentId: "9", author: { name: "A" } }] },
        code: "missing_parent",
        path: ["comments", 0, "parentId"],
      },
      {
        input: { title: "T", comments: [{ id: "1", parentId: "1", author: { name: "A" } }] },
        code: "parent_cycle",
        path: ["comments", 0, "parentId"],
      },
    ],
  };

// The same fixtures with the rule kept: every reader accepts them.
const RULE_KEPT: Record<keyof typeof RULES, unknown> = {
  markOrder: { title: "T", lead: [paragraph("abc", [{ type: "strong", start: 1, end: 2 }])] },
  linkUrl: {
    title: "T",
    lead: [paragraph("abc", [{ type: "link", start: 0, end: 1, url: "https://a.example/" }])],
  },
  quoteAttribution: {
    title: "T",
    lead: [paragraph("abc", [{ type: "quote", start: 0, end: 1, attribution: "A" }])],
  },
  marksInText: { title: "T", lead: [paragraph("abc", [{ type: "strong", start: 1, end: 3 }])] },
  commentLinks: {
    title: "T",
    comments: [
      { id: "1", author: { name: "A" } },
      { id: "2", parentId: "1", author: { name: "B" } },
    ],
  },
};

function zodIssues(input: unknown): { code: string; path: unknown[] }[] {
  const result = ArticleSchema.safeParse(input);
  return (result.error?.issues ?? []).map((issue) => ({
    code:
      issue.code === "custom"
        ? String((issue as { params?: { code?: string } }).params?.code)
        : issue.code,
    path: issue.path,
  }));
}

function fromJsonIssues(input: unknown): { code: string; path: unknown[] }[] {
  try {
    fromJson(JSON.stringify(input));
    return [];
  } catch (error) {
    return (error as { issues: { code: string; path: unknown[] }[] }).issues.map(
      ({ code, path }) => ({
        code,
        path,
      }),
    );
  }
}

describe("each rule of the model, through zod, parseArticle, fromJson and the JSON Schema", () => {
  it("has a fixture for every rule", () => {
    expect(Object.keys(RULE_CASES).sort()).toEqual(Object.keys(RULES).sort());
  });

  for (const [name, cases] of Object.entries(RULE_CASES) as [
    keyof typeof RULES,
    (typeof RULE_CASES)[keyof typeof RULES],
  ][]) {
    const rule = RULES[name];
    it(`${name}: kept, every reader accepts`, () => {
      const input = RULE_KEPT[name];
      expect(ArticleSchema.safeParse(input).success).toBe(true);
      expect(safeParseArticle(input).success).toBe(true);
      expect(fromJsonIssues(input)).toEqual([]);
      expect(validate(input)).toBe(true);
    });
    for (const item of cases) {
      it(`${name}: broken (${item.code} at ${item.path.join(".")}), every reader refuses alike`, () => {
        expect(rule.codes).toContain(item.code);
        const expected = { code: item.code, path: item.path };
        expect(zodIssues(item.input)).toContainEqual(expected);
        const parsed = safeParseArticle(item.input);
        if (parsed.success) throw new Error("parseArticle accepted it");
        const issues = parsed.error.issues.map(({ code, path }) => ({ code, path }));
        expect(issues).toContainEqual(expected);
        expect(fromJsonIssues(item.input)).toContainEqual(expected);
        // The generated fast path refuses it too, links between comments
        // being left to its caller (`Rule.input`).
        const fast = _fastCheck();
        if (!fast) throw new Error("no fast path");
        if (!("input" in rule))
          expect(fast(JSON.parse(JSON.stringify(item.input)), true, false)).toBe(false);
        // The JSON Schema refuses it exactly when it can say the rule; the
        // others are the documented library-only rules.
        if ("schema" in rule) expect(validate(item.input)).toBe(false);
        else {
          expect(validate(item.input)).toBe(true);
          expect(Object.keys(LIBRARY_ONLY)).toContain(item.code);
        }
      });
    }
  }

  it("reports the rules of the input even when another field is wrong (comment links)", () => {
    const input = {
      title: "",
      comments: [
        { id: "1", author: {} },
        { id: "1", author: { name: "B" } },
      ],
    };
    const read = _readArticle(input, { unknownKeys: "keep" });
    expect(read.issues.map((issue) => issue.code).sort()).toEqual([
      "duplicate_id",
      "empty_text",
      "missing_field",
    ]);
  });
});
