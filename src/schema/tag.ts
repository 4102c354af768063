import type * as z from "zod";
import type { _Known } from "./_types.js";
import { _zodObject } from "./_zod.js";

// Built from the one description of the model's fields and rules (`_model.ts`).

export { TAG_KINDS } from "./_model.js";

/** A tag: its name as shown and its slug. Unknown keys are kept. */
export const TagSchema = /* @__PURE__ */ _zodObject("tag");

/** A tag: its name as shown and its slug. */
export interface Tag extends _Known<z.output<typeof TagSchema>> {}
