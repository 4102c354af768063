// Independent counts of the real export files, for the importers' tests:
// a regular-expression walk over the XML text that shares no code with
// src/import (no saxes, no handler), so that a fault of the importer cannot
// hide in the numbers it is checked against.
import type { Article } from "../../src/index.js";

/** What a test compares per article. */
export interface Counts {
  comments: number;
  replies: number;
  depth: number;
  statuses: Record<string, number>;
  kinds: Record<string, number>;
}

function _unwrap(value: string): string {
  return value.replaceAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g, "$1").trim();
}

function _field(block: string, prefix: string, name: string): string | undefined {
  const match = new RegExp(`<${prefix}:${name}>([\\s\\S]*?)</${prefix}:${name}>`).exec(block);
  if (match !== null) return _unwrap(match[1] as string);
  return new RegExp(`<${prefix}:${name}\\s*/>`).test(block) ? "" : undefined;
}

function _depth(parents: Map<string, string | undefined>): number {
  let deepest = 0;
  for (const id of parents.keys()) {
    let depth = 0;
    let current: string | undefined = id;
    const seen = new Set<string>();
    while (current !== undefined && parents.has(current) && !seen.has(current)) {
      seen.add(current);
      depth++;
      current = parents.get(current);
    }
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

function _add(record: Record<string, number>, key: string): void {
  record[key] = (record[key] ?? 0) + 1;
}

const APPROVED: Record<string, string> = {
  "1": "published",
  "0": "pending",
  spam: "spam",
  trash: "removed",
  "post-trashed": "removed",
};

/**
 * Count a WXR file's posts and pages and their reader comments (notes left out).
 *
 * @returns
 *   One entry per post or page, in file order.
 */
export function countWxr(xml: string): Counts[] {
  const prefix = /xmlns:(\w+)="https?:\/\/wordpress\.org\/export\/1\.[0-2]\/"/.exec(xml)?.[1];
  if (prefix === undefined) throw new Error("no WXR namespace");
  const out: Counts[] = [];
  for (const item of xml.matchAll(/<item[\s>][\s\S]*?<\/item>/g)) {
    const block = item[0];
    const type = _field(block, prefix, "post_type") || "post";
    if (type !== "post" && type !== "page") continue;
    const parents = new Map<string, string | undefined>();
    const counts: Counts = { comments: 0, replies: 0, depth: 0, statuses: {}, kinds: {} };
    const raw: [string, string][] = [];
    for (const match of block.matchAll(
      new RegExp(`<${prefix}:comment>[\\s\\S]*?</${prefix}:comment>`, "g"),
    )) {
      const comment = match[0];
      const kind = _field(comment, prefix, "comment_type") || "comment";
      if (kind === "note") continue;
      const id = _field(comment, prefix, "comment_id") ?? "";
      raw.push([id, _field(comment, prefix, "comment_parent") ?? "0"]);
      counts.comments++;
      _add(counts.statuses, APPROVED[_field(comment, prefix, "comment_approved") ?? ""] ?? "?");
      _add(counts.kinds, kind);
    }
    for (const [id] of raw) parents.set(id, undefined);
    for (const [id, parent] of raw) {
      if (parent !== "0" && parents.has(parent)) {
        parents.set(id, parent);
        counts.replies++;
      }
    }
    counts.depth = _depth(parents);
    out.push(counts);
  }
  return out;
}

/**
 * Count a Disqus file's threads and their posts (posts of absent threads left out).
 *
 * @returns
 *   One entry per thread, in file order.
 */
export function countDisqus(xml: string): Counts[] {
  const threads = new Map<string, Counts>();
  const parents = new Map<string, Map<string, string | undefined>>();
  for (const match of xml.matchAll(/<thread dsq:id="([^"]*)">/g)) {
    threads.set(match[1] as string, { comments: 0, replies: 0, depth: 0, statuses: {}, kinds: {} });
    parents.set(match[1] as string, new Map());
  }
  const posts: [string, string, string | undefined][] = [];
  for (const match of xml.matchAll(/<post(?: dsq:id="([^"]*)")?>([\s\S]*?)<\/post>/g)) {
    const block = match[2] as string;
    const thread = /<thread dsq:id="([^"]*)"/.exec(block)?.[1] ?? "";
    const counts = threads.get(thread);
    if (counts === undefined) continue;
    const id = match[1] ?? _unwrap(/<id>([\s\S]*?)<\/id>/.exec(block)?.[1] ?? "");
    const message = _unwrap(/<message>([\s\S]*?)<\/message>/.exec(block)?.[1] ?? "");
    const deleted = /<isDeleted>true<\/isDeleted>/.test(block);
    const spam = /<isSpam>true<\/isSpam>/.test(block);
    const empty = message.replaceAll(/<[^>]*>/g, "").trim() === "";
    _add(counts.statuses, deleted || empty ? "deleted" : spam ? "spam" : "published");
    _add(counts.kinds, "comment");
    counts.comments++;
    posts.push([thread, id, /<parent dsq:id="([^"]*)"/.exec(block)?.[1]]);
    (parents.get(thread) as Map<string, string | undefined>).set(id, undefined);
  }
  for (const [thread, id, parent] of posts) {
    const map = parents.get(thread) as Map<string, string | undefined>;
    if (parent !== undefined && map.has(parent)) {
      map.set(id, parent);
      (threads.get(thread) as Counts).replies++;
    }
  }
  for (const [thread, counts] of threads) {
    counts.depth = _depth(parents.get(thread) as Map<string, string | undefined>);
  }
  return [...threads.values()];
}

/**
 * The same counts, from an imported article.
 *
 * @returns
 *   Its counts.
 */
export function countArticle(article: Article): Counts {
  const parents = new Map<string, string | undefined>();
  const counts: Counts = { comments: 0, replies: 0, depth: 0, statuses: {}, kinds: {} };
  for (const comment of article.comments) {
    counts.comments++;
    if (comment.parentId !== undefined) counts.replies++;
    parents.set(comment.id, comment.parentId);
    _add(counts.statuses, comment.status);
    _add(counts.kinds, comment.kind ?? "comment");
  }
  counts.depth = _depth(parents);
  return counts;
}
