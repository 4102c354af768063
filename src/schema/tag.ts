import * as z from "zod";
import { _nonEmpty } from "./_fields.js";
import type { _Known } from "./_types.js";

/** Kinds of tag a page may declare. */
export const TAG_KINDS = ["topic", "category", "hashtag", "keyword"] as const;

/** A tag: its name as shown and its slug. Unknown keys are kept. */
export const TagSchema = /* @__PURE__ */ z
  .looseObject({
    name: _nonEmpty(),
    slug: _nonEmpty(),
    kind: z.enum(TAG_KINDS).optional(),
  })
  .meta({ id: "Tag" });

/** A tag: its name as shown and its slug. */
export interface Tag extends _Known<z.output<typeof TagSchema>> {}
