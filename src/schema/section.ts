import type * as z from "zod";
import { _zodObject } from "./_zod.js";

// Built from the one description of the model's fields and rules (`_model.ts`).

export { SECTION_LEVELS } from "./_model.js";

/**
 * A section: a heading, its level and the blocks up to the next heading.
 * Sections are stored flat, in document order; `outline` computes the tree.
 */
export const SectionSchema = /* @__PURE__ */ _zodObject("section");

/** A section: a heading, its level and its blocks. */
export type Section = z.output<typeof SectionSchema>;
