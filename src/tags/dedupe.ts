import type { Tag } from "../schema/tag.js";
import { slugify } from "./slugify.js";

/**
 * Remove tags that repeat another's slug, keeping the first of each in
 * order. A tag's slug is compared as given; a tag whose slug is blank is
 * compared by `slugify(name)`.
 *
 * @param tags
 *   Tags in document order (not changed).
 * @returns
 *   The tags without repeats, in order.
 */
export function dedupeTags(tags: readonly Tag[]): Tag[] {
  const seen = new Set<string>();
  const result: Tag[] = [];
  for (const tag of tags) {
    const slug = tag.slug.trim() === "" ? slugify(tag.name) : tag.slug;
    if (seen.has(slug)) continue;
    seen.add(slug);
    result.push(tag);
  }
  return result;
}
