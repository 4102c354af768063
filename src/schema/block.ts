import type * as z from "zod";
import type { _Known } from "./_types.js";
import { _zodBlock, _zodObject } from "./_zod.js";

export { BLOCK_TYPES, MARK_TYPES } from "./_model.js";

// The fields and rules of every schema here are described once, in
// `_model.ts`; `_zod.ts` builds the schemas from that description.

/**
 * An inline mark on a paragraph's text: `start` and `end` are offsets in
 * UTF-16 code units, `0 <= start < end <= text.length`. `url` belongs to
 * links (and only to them), `attribution` to quotes.
 */
export const MarkSchema = /* @__PURE__ */ _zodObject("mark");

/** A paragraph of text with its inline marks. */
export const ParagraphSchema = /* @__PURE__ */ _zodObject("paragraph");

/** A quotation standing as its own block. */
export const QuoteSchema = /* @__PURE__ */ _zodObject("quote");

/** A list of paragraphs, ordered or not. */
export const ListSchema = /* @__PURE__ */ _zodObject("list");

/** An image with its caption and credit. */
export const ImageSchema = /* @__PURE__ */ _zodObject("image");

/** Content embedded from elsewhere (a tweet, a video, a document). */
export const EmbedSchema = /* @__PURE__ */ _zodObject("embed");

/** A code block. */
export const CodeSchema = /* @__PURE__ */ _zodObject("code");

/** Content a format could not map, kept verbatim. */
export const RawSchema = /* @__PURE__ */ _zodObject("raw");

/** Any block of an article's lead, a section or a comment's body. */
export const BlockSchema = /* @__PURE__ */ _zodBlock();

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
