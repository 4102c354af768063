import type * as z from "zod";
import { _zodObject } from "./_zod.js";

/** The site an article was published on. */
export const SiteSchema = /* @__PURE__ */ _zodObject("site");

/**
 * An article and its reader comments. Flat and non-recursive: sections are a
 * list with heading levels, comments a list with `parentId`. Unknown keys are
 * kept at every level. Fields and rules (comment ids unique, parents that
 * exist, no cycle): `_model.ts`.
 */
export const ArticleSchema = /* @__PURE__ */ _zodObject("article");

/** An article and its reader comments. */
export type Article = z.output<typeof ArticleSchema>;
/** An article as it may be written before defaults are filled in. */
export type ArticleInput = z.input<typeof ArticleSchema>;
/** The site an article was published on. */
export type Site = z.output<typeof SiteSchema>;
