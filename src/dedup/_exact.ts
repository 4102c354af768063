// Exact matches by hash: an open-addressing table of (32-bit hash, id + 1)
// pairs, confirmed by the caller's own comparison. Unlike a `Map` keyed by
// the comparison keys, it keeps no string alive: on 100 000 comments the
// keys held by a `Map` survived every scavenge and cost a quarter of the
// exact pass in garbage collection (measured).

/** Ids by hash: pairs (hash, id + 1; 0: empty). */
export interface _Exact {
  table: Int32Array;
  used: number;
}

/** An empty table with room for about `expected` ids before it grows. */
export function _createExact(expected = 0): _Exact {
  let pairs = 1024;
  while (pairs < expected * 2 && pairs < 2 ** 26) pairs *= 2;
  return { table: new Int32Array(pairs * 2), used: 0 };
}

/**
 * The first id recorded under `hash` for which `same(id, key)` holds, or -1.
 */
export function _findExact(
  exact: _Exact,
  hash: number,
  same: (id: number, key: string) => boolean,
  key: string,
): number {
  const table = exact.table;
  const mask = (table.length >> 1) - 1;
  let at = hash & mask;
  for (;;) {
    const stored = table[2 * at + 1] as number;
    if (stored === 0) return -1;
    if (table[2 * at] === hash && same(stored - 1, key)) return stored - 1;
    at = (at + 1) & mask;
  }
}

/** Record an id under its hash (growing the table at half load). */
export function _addExact(exact: _Exact, hash: number, id: number): void {
  if ((exact.used + 1) * 4 > exact.table.length) {
    const old = exact.table;
    const table = new Int32Array(old.length * 2);
    const mask = (table.length >> 1) - 1;
    for (let index = 0; index < old.length; index += 2) {
      if (old[index + 1] === 0) continue;
      let at = (old[index] as number) & mask;
      while (table[2 * at + 1] !== 0) at = (at + 1) & mask;
      table[2 * at] = old[index] as number;
      table[2 * at + 1] = old[index + 1] as number;
    }
    exact.table = table;
  }
  const table = exact.table;
  const mask = (table.length >> 1) - 1;
  let at = hash & mask;
  while (table[2 * at + 1] !== 0) at = (at + 1) & mask;
  table[2 * at] = hash;
  table[2 * at + 1] = id + 1;
  exact.used++;
}
