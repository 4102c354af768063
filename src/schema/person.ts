import * as z from "zod";
import { _email, _nonEmpty, _text, _url } from "./_fields.js";
import type { _Known } from "./_types.js";

/** A person: an article's author or a comment's. Unknown keys are kept. */
export const PersonSchema = /* @__PURE__ */ z
  .looseObject({
    name: _nonEmpty(),
    url: _url().optional(),
    email: _email().optional(),
    id: _text().optional(),
  })
  .meta({ id: "Person" });

/** A person: an article's author or a comment's. */
export interface Person extends _Known<z.output<typeof PersonSchema>> {}
