import type * as z from "zod";
import type { _Known } from "./_types.js";
import { _zodObject } from "./_zod.js";

// Built from the one description of the model's fields and rules (`_model.ts`).

/** The site an article was published on. */
export const SiteSchema = /* @__PURE__ */ _zodObject("site");

/**
 * An article and its reader comments. Flat and non-recursive: sections are a
 * list with heading levels, comments a list with `parentId`. Unknown keys are
 * kept at every level. Comment ids are unique, every `parentId` names a
 * comment of the article, and parent ids make no cycle.
 */
export const ArticleSchema = /* @__PURE__ */ _zodObject("article");

/** An article and its reader comments. */
export interface Article extends _Known<z.output<typeof ArticleSchema>> {}
/** An article as it may be written before defaults are filled in. */
export interface ArticleInput extends _Known<z.input<typeof ArticleSchema>> {}
/** The site an article was published on. */
export interface Site extends _Known<z.output<typeof SiteSchema>> {}
