/**
 * Find the cycles of a parent array (`parent[i]` is the index of i's parent,
 * -1 for none), each as its members: walk up from every index, and a walk
 * that meets its own path has found a cycle. Iterative and linear, so a
 * chain of any depth is fine. Shared by the article check, `buildThread`
 * and `dedupeComments`.
 *
 * @param parent
 *   Parent index of each item (-1: none).
 * @returns
 *   Each cycle's members, in walking order.
 */
export function _cycles(parent: Int32Array): number[][] {
  const count = parent.length;
  // 0: not seen, 1: on the path being walked, 2: done.
  const state = new Uint8Array(count);
  const path: number[] = [];
  const cycles: number[][] = [];
  for (let start = 0; start < count; start++) {
    if (state[start] !== 0) continue;
    let current = start;
    while (current !== -1 && state[current] === 0) {
      state[current] = 1;
      path.push(current);
      current = parent[current] as number;
    }
    if (current !== -1 && state[current] === 1) cycles.push(path.slice(path.indexOf(current)));
    for (const member of path) state[member] = 2;
    path.length = 0;
  }
  return cycles;
}
