// A progress line on standard error: items done (of the total when known),
// the share of bytes read, the rate and the time left. Shown only on a
// terminal, without --quiet, and only once the work has taken ~1 s.

/** What the progress line shows. */
export interface _ProgressState {
  /** Items done (lines, files, articles). */
  done: number;
  /** Items in all, when known. */
  total?: number | undefined;
  /** Bytes read, and in all, when the input is a file of known size. */
  bytes?: number | undefined;
  totalBytes?: number | undefined;
  /** Milliseconds since the start. */
  elapsed: number;
  /** What an item is ("lines", "files"). */
  unit: string;
}

/** Group the digits of a whole number: 1 234 567. */
export function _grouped(value: number): string {
  return Math.round(value)
    .toString()
    .replace(/\B(?=(\d{3})+$)/g, " ");
}

/** A duration in seconds as `42s`, `3m05s` or `1h02m`. */
export function _duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
}

/**
 * The progress line: `12 000/50 000 lines  24%  8 000 lines/s  ETA 5s`.
 * The share and the time left come from the items when their total is
 * known, else from the bytes; without either, only the count and rate.
 * Cut to `width` columns.
 */
export function _renderProgress(state: _ProgressState, width = 80): string {
  const seconds = state.elapsed / 1000;
  const rate = seconds > 0 ? state.done / seconds : 0;
  let share: number | undefined;
  if (state.total !== undefined && state.total > 0) share = state.done / state.total;
  else if (state.totalBytes !== undefined && state.totalBytes > 0 && state.bytes !== undefined) {
    share = state.bytes / state.totalBytes;
  }
  const parts = [
    state.total === undefined
      ? `${_grouped(state.done)} ${state.unit}`
      : `${_grouped(state.done)}/${_grouped(state.total)} ${state.unit}`,
  ];
  if (share !== undefined) parts.push(`${Math.min(100, Math.floor(share * 100))}%`);
  parts.push(`${_grouped(rate)} ${state.unit}/s`);
  if (share !== undefined && share > 0 && share < 1) {
    parts.push(`ETA ${_duration((seconds * (1 - share)) / share)}`);
  }
  const line = parts.join("  ");
  return line.length > width ? line.slice(0, Math.max(0, width - 1)) : line;
}

/** A stream the progress line is drawn on (standard error). */
export interface _ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

/** A progress line that redraws at most every `interval` ms, after `delay` ms. */
export interface _Progress {
  update(done: number, bytes?: number): void;
  /** Set the totals once known. */
  totals(total: number | undefined, totalBytes?: number): void;
  /** Erase the line (at the end, or before other output on standard error). */
  clear(): void;
}

/**
 * Make a progress line on `stream`, or one that does nothing when the
 * stream is not a terminal or `enabled` is false (`--quiet`).
 */
export function _progress(
  stream: _ProgressStream,
  unit: string,
  options: { enabled: boolean; delay?: number; interval?: number; now?: () => number },
): _Progress {
  if (!options.enabled || stream.isTTY !== true) {
    return { update() {}, totals() {}, clear() {} };
  }
  const now = options.now ?? Date.now;
  const delay = options.delay ?? 1000;
  const interval = options.interval ?? 100;
  const start = now();
  let last = 0;
  let shown = false;
  const state: _ProgressState = { done: 0, elapsed: 0, unit };
  return {
    totals(total, totalBytes) {
      state.total = total;
      state.totalBytes = totalBytes;
    },
    update(done, bytes) {
      state.done = done;
      if (bytes !== undefined) state.bytes = bytes;
      const t = now();
      if (t - start < delay || t - last < interval) return;
      last = t;
      state.elapsed = t - start;
      shown = true;
      stream.write(`\r${_renderProgress(state, (stream.columns || 80) - 1)}\u001b[K`);
    },
    clear() {
      if (shown) stream.write("\r\u001b[K");
      shown = false;
    },
  };
}
