// The loop every per-item command shares: read the inputs in batches, run
// the task (here or in workers), write results in input order, messages to
// standard error, a progress line on a terminal; stop on Ctrl-C or, with
// `--fail-fast`, at the first bad item. Returns the exit code.
import { EXIT } from "./_errors.js";
import { _batches, type _Item, type _Source } from "./inputs.js";
import { _run } from "./pool.js";
import { _progress } from "./progress.js";
import type { _Result } from "./tasks.js";

/** Options every command has. */
export interface _Common {
  debug: boolean;
  failFast: boolean;
  jobs: number;
  quiet: boolean;
}

/** What {@link _pipeline} needs. */
export interface _PipelineOptions {
  sources: readonly _Source[];
  common: _Common;
  task: string;
  options: Record<string, unknown>;
  /** A forced input format (`--from`). */
  from?: string | undefined;
  /** Keep only some items (`sign --shard`). */
  filter?: (item: _Item) => boolean;
  /** Each result, in input order; `true` when something failed (counted as bad). */
  onResult: (result: _Result, item: _Item) => undefined | boolean | Promise<undefined | boolean>;
  /** What an item is called on the progress line. */
  unit?: string;
}

/** Run a per-item command; resolves to its exit code (0, 1, or 130 when interrupted). */
export async function _pipeline(settings: _PipelineOptions): Promise<number> {
  const { common } = settings;
  const progress = _progress(process.stderr, settings.unit ?? "items", {
    enabled: !common.quiet,
    delay: _delay(),
  });
  const totalBytes = settings.sources.every((source) => source.size !== undefined)
    ? settings.sources.reduce((sum, source) => sum + (source.size ?? 0), 0)
    : undefined;
  progress.totals(undefined, totalBytes);
  let stopped = false;
  let interrupted = false;
  let bad = 0;
  let done = 0;
  let bytes = 0;
  const onSignal = () => {
    if (interrupted) process.exit(EXIT.interrupted);
    interrupted = true;
    stopped = true;
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    let batches = _batches(settings.sources, {
      from: settings.from,
      stopped: () => stopped,
      onBytes: (read) => {
        bytes = read;
      },
    });
    const filter = settings.filter;
    if (filter !== undefined) batches = _filtered(batches, filter);
    await _run(
      batches,
      { task: settings.task, options: settings.options, jobs: common.jobs, stopped: () => stopped },
      async (results, items) => {
        for (let i = 0; i < results.length; i++) {
          if (stopped && !interrupted && bad > 0) break;
          const result = results[i] as _Result;
          if (result.diag !== undefined && result.diag !== "") {
            progress.clear();
            process.stderr.write(result.diag);
          }
          const failed = (await settings.onResult(result, items[i] as _Item)) === true;
          if (result.bad === true || failed) {
            bad++;
            if (common.failFast) stopped = true;
          }
          done++;
        }
        progress.update(done, bytes);
      },
    );
  } finally {
    progress.clear();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
  if (interrupted) return EXIT.interrupted;
  return bad > 0 ? EXIT.invalid : EXIT.ok;
}

async function* _filtered(
  batches: AsyncIterable<_Item[]>,
  keep: (item: _Item) => boolean,
): AsyncGenerator<_Item[]> {
  for await (const items of batches) {
    const kept = items.filter(keep);
    if (kept.length > 0) yield kept;
  }
}

/** How long work runs before the progress line shows (ms): 1 000, or `MARGINALIA_PROGRESS_DELAY` (tests). */
export function _delay(): number {
  const value = Number(process.env.MARGINALIA_PROGRESS_DELAY);
  return Number.isFinite(value) && value >= 0 ? value : 1000;
}
