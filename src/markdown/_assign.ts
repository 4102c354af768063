/**
 * Set a key on a plain object as data, `__proto__` included (defined, never
 * assigned, so that no prototype changes).
 *
 * @param target
 *   Object to change.
 * @param key
 *   Key.
 * @param value
 *   Value.
 */
export function _define(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") {
    Object.defineProperty(target, key, {
      configurable: true,
      enumerable: true,
      value,
      writable: true,
    });
  } else target[key] = value;
}

/**
 * Copy the own keys of `source` onto `target` as data; a `null` for a key of
 * `clearable` removes that key instead (how a marker says "absent").
 *
 * @param target
 *   Object to change.
 * @param source
 *   Keys to copy.
 * @param clearable
 *   Known optional keys a `null` removes (default: none).
 */
export function _assign(
  target: Record<string, unknown>,
  source: Record<string, unknown>,
  clearable?: ReadonlySet<string>,
): void {
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (value === null && clearable?.has(key)) delete target[key];
    else _define(target, key, value);
  }
}

/**
 * Copy the own keys of `source` that are not in `known`, as data.
 *
 * @param source
 *   Object to read.
 * @param known
 *   Keys to leave out.
 * @returns
 *   A new object, or `undefined` when there is no other key.
 */
export function _unknownKeys(
  source: object,
  known: ReadonlySet<string>,
): Record<string, unknown> | undefined {
  // Most objects have no other key: look first without allocating the key
  // list (`for…in` also sees inherited enumerable keys, so finding one only
  // means the exact look below runs).
  let other = false;
  for (const key in source) {
    if (!known.has(key)) {
      other = true;
      break;
    }
  }
  if (!other) return undefined;
  let result: Record<string, unknown> | undefined;
  for (const key of Object.keys(source)) {
    if (known.has(key)) continue;
    result ??= {};
    _define(result, key, (source as Record<string, unknown>)[key]);
  }
  return result;
}
