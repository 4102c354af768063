// What every imported article must survive: parseArticle unchanged,
// toJson/fromJson and toMarkdown/fromMarkdown deep-equal.
import { expect } from "vitest";
import { type Article, fromJson, parseArticle, toJson } from "../../src/index.js";
import { fromMarkdown, toMarkdown } from "../../src/markdown.js";

export function expectRoundTrips(article: Article): void {
  expect(parseArticle(article)).toEqual(article);
  expect(fromJson(toJson(article))).toEqual(article);
  expect(fromMarkdown(toMarkdown(article)).article).toEqual(article);
}

/** Depth of the deepest comment (top level = 1), from `parentId` links. */
export function depthOf(article: Article): number {
  const parent = new Map<string, string | undefined>();
  for (const comment of article.comments) parent.set(comment.id, comment.parentId);
  const depth = new Map<string, number>();
  let max = 0;
  for (const comment of article.comments) {
    // Comments come after their parent: one pass.
    const d = comment.parentId === undefined ? 1 : (depth.get(comment.parentId) as number) + 1;
    depth.set(comment.id, d);
    if (d > max) max = d;
  }
  return max;
}

/** The rule ids a section of docs/formats/import.md lists in its `### Messages` table. */
export function documentedIds(doc: string, heading: string): string[] {
  const start = doc.indexOf(`## ${heading}`);
  if (start === -1) throw new Error(`no section ${heading}`);
  const from = doc.indexOf("### Messages", start);
  if (from === -1) throw new Error(`no messages table under ${heading}`);
  const end = doc.indexOf("\n#", from + 3);
  const section = doc.slice(from, end === -1 ? undefined : end);
  const ids: string[] = [];
  for (const match of section.matchAll(/^\| `([a-z-]+)` \|/gm)) ids.push(match[1] as string);
  return ids;
}
