import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { ArticleSchema, safeParseArticle } from "../../src/index.js";
import { articleJsonSchema } from "../../src/json/json-schema.js";
import { INVALID_CASES } from "../fixtures/json/invalid.js";

const root = join(import.meta.dirname, "../..");
const shipped = JSON.parse(readFileSync(join(root, "schema/article.schema.json"), "utf8"));
const VALID = join(import.meta.dirname, "../fixtures/json/valid");
const valid = readdirSync(VALID)
  .filter((name) => name.endsWith(".json"))
  .map((name) => [name, JSON.parse(readFileSync(join(VALID, name), "utf8"))] as const);

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(shipped);

describe("the shipped JSON Schema", () => {
  it("is what the model generates (run `npm run schema` when this fails)", () => {
    expect(shipped).toEqual(articleJsonSchema());
  });

  it("is exported as marginalia/schema.json", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(pkg.exports["./schema.json"]).toBe("./schema/article.schema.json");
    expect(pkg.files).toContain("schema");
    expect(shipped.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  for (const [name, value] of valid) {
    it(`accepts the valid fixture ${name}`, () => {
      expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
    });
  }

  for (const item of INVALID_CASES) {
    if (!item.schema) continue;
    it(`rejects ${item.name}`, () => {
      const value = item.json === undefined ? item.input : JSON.parse(item.json);
      expect(validate(value)).toBe(false);
    });
  }

  it("leaves a documented set of rules to the library", () => {
    const libraryOnly = new Set(
      INVALID_CASES.filter((item) => !item.schema).map((item) => item.code),
    );
    expect([...libraryOnly].sort()).toEqual([
      "duplicate_id",
      "invalid_json",
      "invalid_lang",
      "invalid_type",
      "malformed_unicode",
      "mark_out_of_range",
      "mark_reversed",
      "missing_parent",
      "not_finite",
      "parent_cycle",
      "unknown_key",
    ]);
  });
});

describe("the zod schemas and parseArticle", () => {
  for (const [name, value] of valid) {
    it(`agree that ${name} is valid`, () => {
      expect(ArticleSchema.safeParse(value).success).toBe(true);
      expect(safeParseArticle(value).success).toBe(true);
    });
  }

  // ArticleSchema is a zod looseObject: it lets any value through under an
  // unknown key, where parseArticle also insists on JSON. Those cases differ
  // by design (README, "Types").
  for (const item of INVALID_CASES) {
    if (item.options || item.json !== undefined || item.name.startsWith("unknown key")) continue;
    it(`agree that "${item.name}" is invalid, with the same code at the same path`, () => {
      const result = ArticleSchema.safeParse(item.input);
      expect(result.success).toBe(false);
      const codes = (result.error?.issues ?? []).map((issue) => ({
        code:
          issue.code === "custom"
            ? (issue as { params?: { code?: string } }).params?.code
            : issue.code,
        path: issue.path,
      }));
      expect(codes.some((entry) => JSON.stringify(entry.path) === JSON.stringify(item.path))).toBe(
        true,
      );
    });
  }
});
