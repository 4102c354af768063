import { _checkOptions, _oneOf } from "../_args.js";
import { ArticleError, type Issue } from "../error.js";
import { _cycles } from "../schema/_cycles.js";
import type { Comment } from "../schema/index.js";
import { _checkComments } from "./_check.js";
import { _findId, _indexIds } from "./_ids.js";

/** A comment with its replies: a view computed by {@link buildThread}, never stored. */
export interface ThreadNode {
  /** The comment (the input object itself, or a copy when a repair changed its `parentId`). */
  comment: Comment;
  /** Direct replies, in document order. */
  replies: ThreadNode[];
  /** 0 for a top-level comment, 1 for a reply to it, and so on. */
  depth: number;
}

/**
 * One repair made by {@link buildThread}: an {@link Issue} (so it can be
 * thrown in an `ArticleError`) with the comment it concerns and what was done.
 */
export interface Repair extends Issue {
  code: "duplicate_id" | "missing_parent" | "parent_cycle";
  /** Index of the comment in the input list. */
  index: number;
  /** Id of the comment. */
  id: string;
  /**
   * What was done: `"made-root"` (an orphan, a self-parent or the comment
   * where a cycle was cut now stands at the top level) or `"kept"` (a second
   * comment with an id already used stays in the tree where its own
   * `parentId` puts it; replies naming that id go to the first one).
   */
  action: "made-root" | "kept";
}

/** Options of {@link buildThread}. */
export interface BuildThreadOptions {
  /**
   * What to do with orphans, self-parents, cycles and duplicate ids:
   * `"repair"` them and report each in `repairs`, or `"throw"` an
   * `ArticleError` listing them all (default: `"repair"`).
   */
  onInvalid?: "repair" | "throw";
}

/** The result of {@link buildThread}. */
export interface BuiltThread {
  /** Top-level comments, in document order, with their replies. */
  roots: ThreadNode[];
  /** One entry per repair, in the order of the comments they concern. */
  repairs: Repair[];
}

/**
 * Build the reply tree of a flat comment list. Every input comment appears
 * exactly once in the result, duplicate ids included. Orphans (`parentId`
 * naming no comment) and self-parents become top-level comments; a cycle is
 * cut at its first comment in document order, which becomes top-level; a
 * comment reusing an id stays where its own `parentId` puts it, and replies
 * naming that id go to the first comment holding it. Each problem is one
 * repair. Iterative and linear: any depth, any size.
 *
 * @param comments
 *   Comments, flat, in document order (not mutated).
 * @param options
 *   Configuration (optional).
 * @returns
 *   The top-level nodes and the repairs made.
 * @throws {ArticleError}
 *   When `onInvalid` is `"throw"` and a repair would be needed.
 */
export function buildThread(
  comments: readonly Comment[],
  options?: BuildThreadOptions,
): BuiltThread {
  const settings = _checkOptions(options, "buildThread", ["onInvalid"]);
  const onInvalid = _oneOf(settings, "onInvalid", ["repair", "throw"], "repair", "buildThread");
  _checkComments(comments, "buildThread");
  const count = comments.length;
  const repairs: Repair[] = [];
  // Problems found, by comment index, turned into repairs in document order.
  const problem = new Uint8Array(count); // 0 none, 1 duplicate, 2 missing parent, 3 self, 4 cycle
  const cycleSize = new Map<number, number>();
  const ids: string[] = new Array(count);
  for (let index = 0; index < count; index++) ids[index] = (comments[index] as Comment).id;
  const first = _indexIds(ids, (index) => {
    problem[index] = 1;
  });
  const parent = new Int32Array(count).fill(-1);
  const missing = new Uint8Array(count);
  for (let index = 0; index < count; index++) {
    const parentId = (comments[index] as Comment).parentId;
    if (parentId === undefined) continue;
    const target = _findId(first, parentId);
    if (target === -1) missing[index] = 2;
    else if (target === index) missing[index] = 3;
    else parent[index] = target;
  }
  for (const cycle of _cycles(parent)) {
    let lowest = cycle[0] as number;
    for (const member of cycle) if (member < lowest) lowest = member;
    parent[lowest] = -1;
    missing[lowest] = 4;
    cycleSize.set(lowest, cycle.length);
  }
  for (let index = 0; index < count; index++) {
    const comment = comments[index] as Comment;
    if (problem[index] === 1) {
      const seen = _findId(first, comment.id);
      repairs.push({
        code: "duplicate_id",
        message: `Expected a unique comment id, found ${JSON.stringify(comment.id)} already used by comments[${seen}]; both are kept`,
        path: ["comments", index, "id"],
        index,
        id: comment.id,
        action: "kept",
      });
    }
    const kind = missing[index];
    if (kind === 2) {
      repairs.push({
        code: "missing_parent",
        message: `Expected \`parentId\` to name a comment, found ${JSON.stringify(comment.parentId)}; the comment is made top-level`,
        path: ["comments", index, "parentId"],
        index,
        id: comment.id,
        action: "made-root",
      });
    } else if (kind === 3) {
      repairs.push({
        code: "parent_cycle",
        message: `Expected a comment not to be its own parent, found ${JSON.stringify(comment.id)}; the comment is made top-level`,
        path: ["comments", index, "parentId"],
        index,
        id: comment.id,
        action: "made-root",
      });
    } else if (kind === 4) {
      repairs.push({
        code: "parent_cycle",
        message: `Expected parent ids without a cycle, found a cycle of ${cycleSize.get(index)} comments through ${JSON.stringify(comment.id)}; the cycle is cut there and the comment made top-level`,
        path: ["comments", index, "parentId"],
        index,
        id: comment.id,
        action: "made-root",
      });
    }
  }
  if (onInvalid === "throw" && repairs.length > 0) {
    throw new ArticleError(
      // Nothing was repaired: keep the problem, drop what the repair did
      // (the last clause; ids are JSON-quoted, so it is the last "; ").
      repairs.map((repair) => ({
        code: repair.code,
        message: repair.message.slice(0, repair.message.lastIndexOf("; ")),
        path: repair.path,
      })),
    );
  }
  // Depths in one forward pass when every parent comes before its replies
  // (document order); otherwise top-down with an explicit stack below.
  const depth = new Int32Array(count);
  const children = new Int32Array(count);
  let ordered = true;
  for (let index = 0; index < count; index++) {
    const up = parent[index] as number;
    if (up === -1) continue;
    children[up] = (children[up] as number) + 1;
    if (up < index) depth[index] = (depth[up] as number) + 1;
    else ordered = false;
  }
  const nodes: ThreadNode[] = new Array(count);
  for (let index = 0; index < count; index++) {
    const comment = comments[index] as Comment;
    let shown = comment;
    if (missing[index] !== 0) {
      // A repaired comment is copied without its `parentId`, so that the tree
      // reads back as valid input; the input object is left alone.
      const { parentId: _dropped, ...rest } = comment;
      shown = rest as Comment;
    }
    // Reply lists are made at their final size: no growth, no slack.
    const size = children[index] as number;
    nodes[index] = {
      comment: shown,
      replies: size === 0 ? [] : new Array<ThreadNode>(size),
      depth: depth[index] as number,
    };
  }
  const roots: ThreadNode[] = [];
  const filled = children.fill(0);
  for (let index = 0; index < count; index++) {
    const node = nodes[index] as ThreadNode;
    const up = parent[index] as number;
    if (up === -1) roots.push(node);
    else {
      const at = filled[up] as number;
      (nodes[up] as ThreadNode).replies[at] = node;
      filled[up] = at + 1;
    }
  }
  if (!ordered) {
    const stack: ThreadNode[] = [];
    for (let at = roots.length - 1; at >= 0; at--) stack.push(roots[at] as ThreadNode);
    while (stack.length > 0) {
      const node = stack.pop() as ThreadNode;
      const replies = node.replies;
      for (let at = replies.length - 1; at >= 0; at--) {
        const reply = replies[at] as ThreadNode;
        reply.depth = node.depth + 1;
        stack.push(reply);
      }
    }
  }
  return { roots, repairs };
}
