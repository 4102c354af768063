import { _expectArrayOfObjects, _expectObject } from "../_args.js";
import type { Article, Section } from "../schema/index.js";

/** A section with the sections under it: a view, never stored. */
export interface OutlineNode {
  /** The section (the input object itself). */
  section: Section;
  /** Sections nested under it, in document order. */
  children: OutlineNode[];
}

/**
 * Build the tree of an article's sections from their heading levels. A
 * section goes under the nearest open section of a lower level, so levels
 * may jump (`##` then `####`: the `####` goes under the `##`). Iterative.
 *
 * @param article
 *   Article (not mutated); without `sections`, it has none.
 * @returns
 *   The top-level outline nodes, in document order.
 * @throws {TypeError}
 *   When `article` is not an object or `article.sections` not an array of
 *   objects.
 */
export function outline(article: Pick<Article, "sections">): OutlineNode[] {
  _expectObject(article, "article", "outline");
  const sections: unknown = article.sections;
  if (sections === undefined) return [];
  _expectArrayOfObjects(sections, "article.sections", "outline");
  const roots: OutlineNode[] = [];
  const open: OutlineNode[] = [];
  for (const item of sections) {
    const section = item as unknown as Section;
    const node: OutlineNode = { section, children: [] };
    while (
      open.length > 0 &&
      (open[open.length - 1] as OutlineNode).section.level >= section.level
    ) {
      open.pop();
    }
    const parent = open[open.length - 1];
    if (parent) parent.children.push(node);
    else roots.push(node);
    open.push(node);
  }
  return roots;
}
