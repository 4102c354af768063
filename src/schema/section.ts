import type * as z from "zod";
import type { _Known } from "./_types.js";
import { _zodObject } from "./_zod.js";

// Built from the one description of the model's fields and rules (`_model.ts`).

export { SECTION_LEVELS } from "./_model.js";

/**
 * A section: a heading, its level and the blocks up to the next heading.
 * Sections are stored flat, in document order; `outline` computes the tree.
 */
export const SectionSchema = /* @__PURE__ */ _zodObject("section");

/** A section: a heading, its level and its blocks. */
export interface Section extends _Known<z.output<typeof SectionSchema>> {}
/** A section as it may be written before defaults are filled in. */
export interface SectionInput extends _Known<z.input<typeof SectionSchema>> {}
