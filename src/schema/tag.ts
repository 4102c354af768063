import type * as z from "zod";
import { _zodObject } from "./_zod.js";

export { TAG_KINDS } from "./_model.js";

/** A tag: its name as shown and its slug. Unknown keys are kept. Fields: `_model.ts`. */
export const TagSchema = /* @__PURE__ */ _zodObject("tag");

/** A tag: its name as shown and its slug. */
export type Tag = z.output<typeof TagSchema>;
