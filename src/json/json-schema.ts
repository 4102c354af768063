import * as z from "zod";
import { ArticleSchema } from "../schema/article.js";

/**
 * Generate the JSON Schema (draft 2020-12) of an article as it may be
 * written in a file: the *input* of the model, where fields with defaults
 * (`authors`, `lead`, `sections`, `tags`, `comments`, `status`, `blocks`,
 * `body`) may be left out. Unknown keys are allowed at every level.
 *
 * The schema checks shapes, types, enums, required fields and the patterns
 * of dates, URLs and language tags. Rules only the library checks: that a
 * date exists (`2012-02-30`), that a URL parses, that a text is well-formed
 * Unicode and not blank, that marks lie inside their text and do not end
 * before they start, that a link mark has a URL, and the links between
 * comments (unique ids, parents that exist, no cycle).
 *
 * The shipped file `marginalia/schema.json` is this function's output.
 *
 * @returns
 *   A JSON Schema document.
 */
export function articleJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ArticleSchema, {
    io: "input",
    target: "draft-2020-12",
    unrepresentable: "any",
  }) as Record<string, unknown>;
  // What zod's superRefine checks on a mark but JSON Schema can also say:
  // `url` on links and only there, `attribution` only on quotes.
  const defs = schema.$defs as Record<string, Record<string, unknown>>;
  const mark = defs.Mark;
  if (mark) {
    mark.allOf = [
      {
        if: { properties: { type: { const: "link" } } },
        // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then/else.
        then: { properties: { url: true }, required: ["url"] },
        else: { not: { properties: { url: true }, required: ["url"] } },
      },
      {
        if: { properties: { type: { const: "quote" } } },
        else: { not: { properties: { attribution: true }, required: ["attribution"] } },
      },
    ];
  }
  return {
    $schema: schema.$schema,
    $id: "https://unpkg.com/marginalia/schema/article.schema.json",
    title: "marginalia article",
    description:
      "An article and its reader comments, as read by marginalia's parseArticle. Unknown keys are kept at every level.",
    ...schema,
  };
}
