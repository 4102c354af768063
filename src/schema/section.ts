import * as z from "zod";
import { _nonEmpty, _text } from "./_fields.js";
import type { _Known } from "./_types.js";
import { BlockSchema } from "./block.js";

/** Heading levels a section may have (`#` is the article's title). */
export const SECTION_LEVELS = [2, 3, 4, 5, 6] as const;

/**
 * A section: a heading, its level and the blocks up to the next heading.
 * Sections are stored flat, in document order; `outline` computes the tree.
 */
export const SectionSchema = /* @__PURE__ */ z
  .looseObject({
    id: _text().optional(),
    heading: _nonEmpty(),
    level: z.literal(SECTION_LEVELS),
    blocks: z.array(BlockSchema).default([]),
  })
  .meta({ id: "Section" });

/** A section: a heading, its level and its blocks. */
export interface Section extends _Known<z.output<typeof SectionSchema>> {}
/** A section as it may be written before defaults are filled in. */
export interface SectionInput extends _Known<z.input<typeof SectionSchema>> {}
