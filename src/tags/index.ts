// Tags: slugs and de-duplication by slug.
export { dedupeTags } from "./dedupe.js";
export { type SlugifyOptions, slugify } from "./slugify.js";
