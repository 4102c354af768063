// Texts kept off the JavaScript heap until they are needed: the Disqus
// reader keeps every post until the end of the export (posts may come
// before their thread), and hundreds of thousands of small strings and
// objects alive across the whole read make each young-generation garbage
// collection copy them (measured: a fifth of the read's time). Here they
// are UTF-8 bytes in a few large buffers (64 KB, then twice as large each
// time up to 4 MB), which the collector never copies or walks, and come
// back as strings when asked for.

/** Size of the first buffer: a small export should not cost megabytes. */
const FIRST_BLOCK = 64 * 1024;
/**
 * Largest size of a buffer, each twice the last (a text that may need more
 * gets one of three bytes per UTF-16 code unit, which later texts share).
 */
const BLOCK = 4 * 1024 * 1024;

/**
 * A store of texts, each added once and read back once or more by its
 * number. Texts must be well-formed UTF-16 (the XML path makes them so):
 * a lone surrogate would come back as U+FFFD.
 */
export interface TextArena {
  /** Add a text; returns its number (0, 1, 2…). */
  add: (text: string) => number;
  /** The text of a number. */
  get: (handle: number) => string;
  /** How many texts were added. */
  readonly size: number;
}

/**
 * Make an empty store of texts.
 *
 * @returns
 *   The store.
 */
export function _textArena(): TextArena {
  const encoder = new TextEncoder();
  // A leading U+FEFF is text here, not a byte order mark to drop.
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  const blocks: Uint8Array[] = [];
  // Per text: its buffer, where it starts, how many bytes it takes.
  let where = new Int32Array(3 * 1024);
  let size = 0;
  let block: Uint8Array = new Uint8Array(0);
  let used = 0;
  const newBlock = (bytes: number): void => {
    const next = Math.min(BLOCK, block.length === 0 ? FIRST_BLOCK : block.length * 2);
    block = new Uint8Array(Math.max(next, bytes));
    blocks.push(block);
    used = 0;
  };
  return {
    add(text) {
      if (blocks.length === 0) newBlock(text.length * 3);
      let result = encoder.encodeInto(text, block.subarray(used));
      if (result.read < text.length) {
        // UTF-8 takes at most 3 bytes per UTF-16 code unit.
        newBlock(text.length * 3);
        result = encoder.encodeInto(text, block);
      }
      const start = used;
      used += result.written;
      return _record(blocks.length - 1, start, result.written);
    },
    get(handle) {
      if (!Number.isInteger(handle) || handle < 0 || handle >= size) {
        throw new RangeError(`No text ${handle} in this store (it holds ${size})`);
      }
      const at = handle * 3;
      const bytes = blocks[where[at] as number] as Uint8Array;
      const start = where[at + 1] as number;
      return decoder.decode(bytes.subarray(start, start + (where[at + 2] as number)));
    },
    get size() {
      return size;
    },
  };

  function _record(index: number, start: number, length: number): number {
    if (size * 3 + 3 > where.length) {
      const grown = new Int32Array(where.length * 2);
      grown.set(where);
      where = grown;
    }
    where[size * 3] = index;
    where[size * 3 + 1] = start;
    where[size * 3 + 2] = length;
    return size++;
  }
}
