import type * as z from "zod";
import type { _Known } from "./_types.js";
import { _zodObject } from "./_zod.js";

// Built from the one description of the model's fields and rules (`_model.ts`).

/** A person: an article's author or a comment's. Unknown keys are kept. */
export const PersonSchema = /* @__PURE__ */ _zodObject("person");

/** A person: an article's author or a comment's. */
export interface Person extends _Known<z.output<typeof PersonSchema>> {}
