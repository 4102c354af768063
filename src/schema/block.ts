import * as z from "zod";
import { _nonEmpty, _text, _url } from "./_fields.js";
import type { _Known } from "./_types.js";

/** Mark types, from the highest rank to the lowest (see `normalizeMarks`). */
export const MARK_TYPES = ["quote", "link", "strong", "emphasis", "code"] as const;

/**
 * An inline mark on a paragraph's text: `start` and `end` are offsets in
 * UTF-16 code units, `0 <= start < end <= text.length`. `url` belongs to
 * links (and only to them), `attribution` to quotes.
 */
export const MarkSchema = /* @__PURE__ */ z
  .looseObject({
    type: z.enum(MARK_TYPES),
    start: z.int().min(0),
    end: z.int().min(0),
    url: _url().optional(),
    attribution: _text().optional(),
  })
  .superRefine((mark, context) => {
    if (mark.end <= mark.start) {
      context.addIssue({
        code: "custom",
        message: `Expected a mark to end after it starts, found start ${mark.start} and end ${mark.end}`,
        path: ["end"],
        params: { code: "mark_reversed" },
      });
    }
    if (mark.type === "link" && mark.url === undefined) {
      context.addIssue({
        code: "custom",
        message: "Expected a `url` on a link mark",
        path: ["url"],
        params: { code: "missing_field" },
      });
    }
    if (mark.type !== "link" && mark.url !== undefined) {
      context.addIssue({
        code: "custom",
        message: `Expected no \`url\` on a ${mark.type} mark (only links have one)`,
        path: ["url"],
        params: { code: "invalid_value" },
      });
    }
    if (mark.type !== "quote" && mark.attribution !== undefined) {
      context.addIssue({
        code: "custom",
        message: `Expected no \`attribution\` on a ${mark.type} mark (only quotes have one)`,
        path: ["attribution"],
        params: { code: "invalid_value" },
      });
    }
  })
  .meta({ id: "Mark" });

/** A paragraph of text with its inline marks. */
export const ParagraphSchema = /* @__PURE__ */ z
  .looseObject({
    type: z.literal("paragraph"),
    text: _text(),
    marks: z.array(MarkSchema).optional(),
  })
  .superRefine((paragraph, context) => {
    const marks = paragraph.marks;
    if (!marks) return;
    for (let index = 0; index < marks.length; index++) {
      const mark = marks[index];
      if (mark && mark.end > paragraph.text.length) {
        context.addIssue({
          code: "custom",
          message: `Expected a mark inside its text (length ${paragraph.text.length}), found end ${mark.end}`,
          path: ["marks", index, "end"],
          params: { code: "mark_out_of_range" },
        });
      }
    }
  })
  .meta({ id: "Paragraph" });

/** A quotation standing as its own block. */
export const QuoteSchema = /* @__PURE__ */ z
  .looseObject({
    type: z.literal("quote"),
    blocks: z.array(ParagraphSchema),
    attribution: _text().optional(),
    cite: _url().optional(),
  })
  .meta({ id: "Quote" });

/** A list of paragraphs, ordered or not. */
export const ListSchema = /* @__PURE__ */ z
  .looseObject({
    type: z.literal("list"),
    ordered: z.boolean(),
    items: z.array(ParagraphSchema),
  })
  .meta({ id: "List" });

/** An image with its caption and credit. */
export const ImageSchema = /* @__PURE__ */ z
  .looseObject({
    type: z.literal("image"),
    url: _nonEmpty(),
    alt: _text().optional(),
    caption: _text().optional(),
    credit: _text().optional(),
  })
  .meta({ id: "Image" });

/** Content embedded from elsewhere (a tweet, a video, a document). */
export const EmbedSchema = /* @__PURE__ */ z
  .looseObject({
    type: z.literal("embed"),
    provider: _text().optional(),
    url: _url().optional(),
    text: _text().optional(),
  })
  .meta({ id: "Embed" });

/** A code block. */
export const CodeSchema = /* @__PURE__ */ z
  .looseObject({
    type: z.literal("code"),
    lang: _text().optional(),
    value: _text(),
  })
  .meta({ id: "Code" });

/** Content a format could not map, kept verbatim. */
export const RawSchema = /* @__PURE__ */ z
  .looseObject({
    type: z.literal("raw"),
    format: _nonEmpty(),
    value: _text(),
  })
  .meta({ id: "Raw" });

/** Block types, in the order of {@link BlockSchema}. */
export const BLOCK_TYPES = ["paragraph", "quote", "list", "image", "embed", "code", "raw"] as const;

/** Any block of an article's lead, a section or a comment's body. */
export const BlockSchema = /* @__PURE__ */ z
  .discriminatedUnion("type", [
    ParagraphSchema,
    QuoteSchema,
    ListSchema,
    ImageSchema,
    EmbedSchema,
    CodeSchema,
    RawSchema,
  ])
  .meta({ id: "Block" });

/** An inline mark on a paragraph's text. */
export interface Mark extends _Known<z.output<typeof MarkSchema>> {}
/** A paragraph of text with its inline marks. */
export interface Paragraph extends _Known<z.output<typeof ParagraphSchema>> {}
/** A quotation standing as its own block. */
export interface Quote extends _Known<z.output<typeof QuoteSchema>> {}
/** A list of paragraphs. */
export interface List extends _Known<z.output<typeof ListSchema>> {}
/** An image with its caption and credit. */
export interface Image extends _Known<z.output<typeof ImageSchema>> {}
/** Content embedded from elsewhere. */
export interface Embed extends _Known<z.output<typeof EmbedSchema>> {}
/** A code block. */
export interface Code extends _Known<z.output<typeof CodeSchema>> {}
/** Content kept verbatim. */
export interface Raw extends _Known<z.output<typeof RawSchema>> {}
/** Any block. */
export type Block = Paragraph | Quote | List | Image | Embed | Code | Raw;
