// Reparenting after dedup (`dedupeComments`): removed comments go, their
// replies move to the kept duplicate (or, for an article copy, to its own
// parent), and no cycle appears. One function per step, over plain arrays
// of indexes; iterative and linear.
import { _cycles } from "../schema/_cycles.js";
import type { Comment } from "../schema/index.js";
import { _findId, _indexIds } from "../thread/_ids.js";
import type { Repair } from "../thread/build.js";

/**
 * Drop removed comments and move their replies: to the kept duplicate, or,
 * for an article copy, to its own parent. A kept comment that sat among the
 * replies of a comment removed in its favour takes that comment's place
 * (its parent), so that no cycle appears. Iterative and linear.
 *
 * @param removedTo
 *   Per comment: -1 kept, -2 an article copy removed, else the index of the
 *   kept duplicate.
 * @param repairs
 *   Receives the comments that keep their `parentId` (input cycles only).
 * @returns
 *   The comments left, in document order.
 */
export function _reparent(
  comments: readonly Comment[],
  removedTo: Int32Array,
  repairs: Repair[],
): Comment[] {
  if (!removedTo.some((to) => to !== -1)) return comments.slice();
  // Quick answer for the common case: when no `parentId` names a removed
  // comment's id, nothing moves and only the removed ones go.
  if (!_namesRemoved(comments, removedTo)) return _kept(comments, removedTo);
  const { parent, moves } = _parents(comments, removedTo);
  // No removed comment has a reply: nothing moves.
  if (!moves) return _kept(comments, removedTo);
  const adopt = _adoptions(parent, removedTo);
  const { next, jumped } = _newParents(comments, parent, removedTo, adopt, repairs);
  _cutLoops(comments, parent, removedTo, next, jumped, repairs);
  return _rebuild(comments, removedTo, parent, next);
}

/** Whether some `parentId` names the id of a removed comment. */
function _namesRemoved(comments: readonly Comment[], removedTo: Int32Array): boolean {
  const count = comments.length;
  const removedIds: string[] = [];
  for (let index = 0; index < count; index++) {
    if (removedTo[index] !== -1) removedIds.push((comments[index] as Comment).id);
  }
  const removedIndex = _indexIds(removedIds);
  for (let index = 0; index < count; index++) {
    const parentId = (comments[index] as Comment).parentId;
    if (parentId !== undefined && _findId(removedIndex, parentId) !== -1) return true;
  }
  return false;
}

/** The comments kept, unchanged. */
function _kept(comments: readonly Comment[], removedTo: Int32Array): Comment[] {
  const result: Comment[] = [];
  for (let index = 0; index < comments.length; index++) {
    if (removedTo[index] === -1) result.push(comments[index] as Comment);
  }
  return result;
}

/**
 * Each comment's parent by index (the first comment with its `parentId`;
 * -1: none, unknown or itself), and whether a removed comment has a reply.
 */
function _parents(
  comments: readonly Comment[],
  removedTo: Int32Array,
): { parent: Int32Array; moves: boolean } {
  const count = comments.length;
  const ids: string[] = new Array(count);
  for (let index = 0; index < count; index++) ids[index] = (comments[index] as Comment).id;
  const first = _indexIds(ids);
  const parent = new Int32Array(count).fill(-1);
  let moves = false;
  for (let index = 0; index < count; index++) {
    const parentId = (comments[index] as Comment).parentId;
    const target = parentId === undefined ? -1 : _findId(first, parentId);
    if (target !== -1 && target !== index) {
      parent[index] = target;
      if (removedTo[target] !== -1) moves = true;
    }
  }
  return { parent, moves };
}

/**
 * The original tree's children, laid out flat (offsets and one list), not
 * one array per comment, and its roots.
 */
function _children(parent: Int32Array): {
  offsets: Int32Array;
  list: Int32Array;
  roots: number[];
} {
  const count = parent.length;
  const offsets = new Int32Array(count + 1);
  const roots: number[] = [];
  for (let index = 0; index < count; index++) {
    const up = parent[index] as number;
    if (up === -1) roots.push(index);
    else offsets[up + 1] = (offsets[up + 1] as number) + 1;
  }
  for (let index = 0; index < count; index++) {
    offsets[index + 1] = (offsets[index + 1] as number) + (offsets[index] as number);
  }
  const list = new Int32Array(count);
  const cursor = offsets.slice(0, count);
  for (let index = 0; index < count; index++) {
    const up = parent[index] as number;
    if (up === -1) continue;
    const at = cursor[up] as number;
    list[at] = index;
    cursor[up] = at + 1;
  }
  return { offsets, list, roots };
}

/**
 * Which kept comments sit below a comment removed in their favour: a walk
 * of the original tree counting, per kept comment, its removed duplicates
 * on the current path; the result records the topmost of them (-1: none).
 */
function _adoptions(parent: Int32Array, removedTo: Int32Array): Int32Array {
  const count = parent.length;
  const { offsets, list, roots } = _children(parent);
  const adopt = new Int32Array(count).fill(-1);
  const onPath = new Int32Array(count);
  const top = new Int32Array(count).fill(-1);
  const stack: number[] = [];
  for (let at = roots.length - 1; at >= 0; at--) stack.push(roots[at] as number);
  while (stack.length > 0) {
    const entry = stack.pop() as number;
    if (entry < 0) {
      // Leaving a removed duplicate: `~entry` is its index.
      const keeper = removedTo[~entry] as number;
      onPath[keeper] = (onPath[keeper] as number) - 1;
      continue;
    }
    const keeper = removedTo[entry] as number;
    if (keeper >= 0) {
      if (onPath[keeper] === 0) top[keeper] = entry;
      onPath[keeper] = (onPath[keeper] as number) + 1;
      stack.push(~entry);
    } else if (keeper === -1 && (onPath[entry] as number) > 0) {
      adopt[entry] = top[entry] as number;
    }
    for (let at = (offsets[entry + 1] as number) - 1; at >= (offsets[entry] as number); at--) {
      stack.push(list[at] as number);
    }
  }
  return adopt;
}

/**
 * New parents of the kept comments (-1: top level): a removed parent is
 * replaced by its kept duplicate, or for an article copy by its own parent,
 * resolved once per removed comment (memoised, so a long chain of removed
 * comments above many replies is climbed once, not once per reply).
 * `jumped` marks the comments moved through a kept duplicate.
 */
function _newParents(
  comments: readonly Comment[],
  parent: Int32Array,
  removedTo: Int32Array,
  adopt: Int32Array,
  repairs: Repair[],
): { next: Int32Array; jumped: Uint8Array } {
  const count = comments.length;
  const resolved = new _Climb(parent, removedTo, true);
  const next = new Int32Array(count).fill(-1);
  const jumped = new Uint8Array(count);
  for (let index = 0; index < count; index++) {
    if (removedTo[index] !== -1) continue;
    let up =
      adopt[index] === -1 ? (parent[index] as number) : (parent[adopt[index] as number] as number);
    if (up !== -1 && removedTo[up] !== -1) {
      const to = resolved.from(up);
      if (resolved.jumped(up)) jumped[index] = 1;
      up = to;
    }
    if (up === index) {
      // Only on a cycle the input already had (a comment below its own
      // removed duplicate is otherwise adopted above): never make a
      // comment its own parent; it keeps its own `parentId`.
      up = parent[index] as number;
      jumped[index] = 0;
      repairs.push(_keptParent(comments, index));
    }
    next[index] = up;
  }
  return { next, jumped };
}

/**
 * Kept comments moved under one another across groups can still close a
 * loop (A's duplicate holds B's kept one, B's duplicate holds A's): cut
 * each such cycle at a moved comment, which climbs the original tree to
 * its nearest remaining ancestor instead. A climb can close another loop,
 * so this runs again, at most CUT_PASSES times (each pass is linear);
 * loops still left then are cut by making the moved comment top-level,
 * which cannot close one. Cycles the input already had are left as they
 * were. Changes `next` and `jumped` in place.
 */
function _cutLoops(
  comments: readonly Comment[],
  parent: Int32Array,
  removedTo: Int32Array,
  next: Int32Array,
  jumped: Uint8Array,
  repairs: Repair[],
): void {
  const climbed = new _Climb(parent, removedTo, false);
  for (let pass = 0; pass <= CUT_PASSES; pass++) {
    let cut = false;
    for (const cycle of _cycles(next)) {
      let member = -1;
      for (const candidate of cycle) {
        if (jumped[candidate] === 1 && (member === -1 || candidate < member)) member = candidate;
      }
      if (member === -1) continue;
      jumped[member] = 0;
      cut = true;
      if (pass === CUT_PASSES) {
        next[member] = -1;
        continue;
      }
      let up = parent[member] as number;
      if (up !== -1 && removedTo[up] !== -1) up = climbed.from(up);
      if (up === member) {
        up = parent[member] as number;
        repairs.push(_keptParent(comments, member));
      }
      next[member] = up;
    }
    if (!cut) break;
  }
}

/**
 * The comments left, in document order: the input object where the parent
 * is unchanged, else a copy with the new `parentId` (or none).
 */
function _rebuild(
  comments: readonly Comment[],
  removedTo: Int32Array,
  parent: Int32Array,
  next: Int32Array,
): Comment[] {
  const result: Comment[] = [];
  for (let index = 0; index < comments.length; index++) {
    if (removedTo[index] !== -1) continue;
    const comment = comments[index] as Comment;
    const up = next[index] as number;
    if (up === (parent[index] as number)) {
      result.push(comment);
      continue;
    }
    if (up === -1) {
      const { parentId: _dropped, ...rest } = comment;
      result.push(rest as Comment);
    } else {
      result.push({ ...comment, parentId: (comments[up] as Comment).id });
    }
  }
  return result;
}

/** Passes of cycle cutting that climb before cutting to the top level. */
const CUT_PASSES = 4;

const UNKNOWN = -2;
const VISITING = -3;

/**
 * Where the replies of a removed comment go, memoised per removed comment:
 * up its original parents past removed comments to the nearest remaining
 * one (-1: none), or, with `jump`, to the kept duplicate of the first
 * removed duplicate met on the way. Iterative; a cycle of removed comments
 * leads nowhere (-1). Linear over all calls.
 */
class _Climb {
  readonly #parent: Int32Array;
  readonly #removedTo: Int32Array;
  readonly #jump: boolean;
  readonly #to: Int32Array;
  readonly #jumped: Uint8Array;
  readonly #stack: number[] = [];

  constructor(parent: Int32Array, removedTo: Int32Array, jump: boolean) {
    this.#parent = parent;
    this.#removedTo = removedTo;
    this.#jump = jump;
    this.#to = new Int32Array(parent.length).fill(UNKNOWN);
    this.#jumped = new Uint8Array(parent.length);
  }

  /** Where the replies of the removed comment `start` go. */
  from(start: number): number {
    const to = this.#to;
    const stack = this.#stack;
    let current = start;
    let result = -1;
    let jumped = 0;
    for (;;) {
      const known = to[current] as number;
      if (known === VISITING) break; // a cycle of removed comments: nowhere
      if (known !== UNKNOWN) {
        result = known;
        jumped = this.#jumped[current] as number;
        break;
      }
      const keeper = this.#removedTo[current] as number;
      if (this.#jump && keeper >= 0) {
        result = keeper;
        jumped = 1;
        to[current] = keeper;
        this.#jumped[current] = 1;
        break;
      }
      to[current] = VISITING;
      stack.push(current);
      const up = this.#parent[current] as number;
      if (up === -1 || this.#removedTo[up] === -1) {
        result = up;
        break;
      }
      current = up;
    }
    for (const member of stack) {
      to[member] = result;
      this.#jumped[member] = jumped;
    }
    stack.length = 0;
    return result;
  }

  /** Whether the last answer for `start` went through a kept duplicate. */
  jumped(start: number): boolean {
    return this.#jumped[start] === 1;
  }
}

/** The repair of a comment that keeps its `parentId` rather than become its own parent. */
function _keptParent(comments: readonly Comment[], index: number): Repair {
  const comment = comments[index] as Comment;
  return {
    code: "parent_cycle",
    message: `Expected the replies of a removed duplicate to move to the kept comment, found ${JSON.stringify(comment.id)} itself among them (its parent ids form a cycle); it keeps its \`parentId\` rather than become its own parent`,
    path: ["comments", index, "parentId"],
    index,
    id: comment.id,
    action: "kept",
  };
}
