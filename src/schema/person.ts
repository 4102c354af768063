import type * as z from "zod";
import { _zodObject } from "./_zod.js";

/**
 * A person: an article's author or a comment's. Unknown keys are kept.
 * Fields: `_model.ts`.
 */
export const PersonSchema = /* @__PURE__ */ _zodObject("person");

/** A person: an article's author or a comment's. */
export type Person = z.output<typeof PersonSchema>;
