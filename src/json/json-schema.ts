import {
  BLOCK_TYPES,
  type FieldSpec,
  type Kind,
  MODEL,
  type ObjectName,
  RULES,
  type Rule,
  STRING_KINDS,
} from "../schema/_model.js";

type Json = Record<string, unknown>;

/**
 * Generate the JSON Schema (draft 2020-12) of an article as it may be
 * written in a file: the *input* of the model, where fields with defaults
 * (`authors`, `lead`, `sections`, `tags`, `comments`, `status`, `blocks`,
 * `body`) may be left out. Unknown keys are allowed at every level.
 *
 * It is written from the model's one description, the one the zod schemas
 * and the JSON reader are built from: shapes, types, enums, required
 * fields, defaults, the patterns of texts, dates (days that exist), URLs,
 * e-mail addresses and language tags, and the rules between fields that a
 * JSON Schema can say (a `url` on link marks and only there, an
 * `attribution` only on quotes). Rules only the library checks: that every
 * string is well-formed Unicode, that the URL Standard parses a URL (IDNA,
 * IPv4 and IPv6 hosts), that a language tag is well-formed BCP 47, that
 * marks end after they start and inside their text, the links between
 * comments (unique ids, parents that exist, no cycle), and how deep an
 * unknown value nests.
 *
 * The shipped file `marginalia/schema.json` is this function's output.
 *
 * @returns
 *   A JSON Schema document.
 */
export function articleJsonSchema(): Json {
  const defs: Json = {};
  const queue: (ObjectName | "block")[] = ["article"];
  const ref = (name: ObjectName | "block"): Json => {
    if (!queue.includes(name)) queue.push(name);
    return { $ref: `#/$defs/${name === "block" ? "Block" : MODEL[name].id}` };
  };
  const kind = (value: Kind): Json => {
    if (typeof value === "string") {
      switch (value) {
        case "count":
          return { type: "integer", minimum: 0, maximum: Number.MAX_SAFE_INTEGER };
        case "number":
          return { type: "number" };
        case "boolean":
          return { type: "boolean" };
        case "block":
          return ref("block");
        default: {
          const rule = STRING_KINDS[value];
          const result: Json = { type: "string", pattern: rule.pattern };
          if (rule.maxLength !== undefined) result.maxLength = rule.maxLength;
          return result;
        }
      }
    }
    if ("literal" in value) return { type: "string", const: value.literal };
    if ("enum" in value) {
      const numbers = typeof value.enum[0] === "number";
      return { type: numbers ? "integer" : "string", enum: [...value.enum] };
    }
    if ("object" in value) return ref(value.object);
    return { type: "array", items: kind(value.array) };
  };
  for (let index = 0; index < queue.length; index++) {
    const name = queue[index] as ObjectName | "block";
    if (name === "block") {
      defs.Block = { oneOf: BLOCK_TYPES.map((type) => ref(type)) };
      continue;
    }
    const spec = MODEL[name];
    const properties: Json = {};
    const required: string[] = [];
    for (const [key, field] of Object.entries(spec.fields) as [string, FieldSpec][]) {
      const property = kind(field.kind);
      if (field.default !== undefined) {
        properties[key] =
          typeof field.default === "string"
            ? { default: field.default, ...property }
            : { default: [], ...property };
      } else {
        properties[key] = property;
        if (!field.optional) required.push(key);
      }
    }
    const definition: Json = { type: "object", properties };
    if (required.length > 0) definition.required = required;
    definition.additionalProperties = {};
    const rules = ("rules" in spec ? spec.rules : []).map((rule): Rule => RULES[rule]);
    const said = rules.filter((rule) => rule.schema !== undefined).map((rule) => rule.schema);
    if (said.length > 0) definition.allOf = said;
    defs[spec.id] = definition;
  }
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://unpkg.com/marginalia/schema/article.schema.json",
    title: "marginalia article",
    description:
      "An article and its reader comments, as read by marginalia's parseArticle. Unknown keys are kept at every level.",
    $ref: "#/$defs/Article",
    $defs: defs,
  };
}
