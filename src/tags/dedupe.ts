import { _expectArrayOfObjects, _kind } from "../_args.js";
import { ArticleError, type Issue } from "../error.js";
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
 * @throws {TypeError}
 *   When `tags` is not an array of objects.
 * @throws {ArticleError}
 *   When a tag's `name` or `slug` is not a string (`invalid_type`, path
 *   `["tags", index, "slug"]`), or both are blank (`empty_text`).
 */
export function dedupeTags(tags: readonly Tag[]): Tag[] {
  _expectArrayOfObjects(tags, "tags", "dedupeTags");
  const issues: Issue[] = [];
  for (let index = 0; index < tags.length; index++) {
    const tag = tags[index] as Record<string, unknown>;
    const { name, slug } = tag;
    if (typeof name !== "string" || typeof slug !== "string") {
      for (const [key, value] of [
        ["name", name],
        ["slug", slug],
      ] as const) {
        if (typeof value === "string") continue;
        issues.push({
          code: "invalid_type",
          message: `Expected a string tag ${key}, found ${_kind(value)}`,
          path: ["tags", index, key],
        });
      }
    } else if (slug.trim() === "" && name.trim() === "") {
      issues.push({
        code: "empty_text",
        message: "Expected a tag with a slug or a name to make one of, found both blank",
        path: ["tags", index, "name"],
      });
    }
  }
  if (issues.length > 0) throw new ArticleError(issues);
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
