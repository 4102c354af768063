// The work a command does per item (a document or a corpus line), the same
// in the main thread (`--jobs 1`) and in worker threads: a function made
// once per thread from the command's options, returning plain data that
// crosses threads (a structured clone).
import type { _Item } from "./inputs.js";

/** A file to write, named by the main thread (which keeps names unique). */
export interface _OutFile {
  /** Base name wished for (slug or id), without extension. */
  base: string;
  extension: string;
  content: string;
}

/** What one item gave. */
export interface _Result {
  /** Text for standard output (whole lines). */
  out?: string;
  /** Files to write (`--out <dir>`). */
  files?: _OutFile[];
  /** Lines for standard error (messages, whole lines). */
  diag?: string;
  /** Whether the item was invalid or unreadable (exit code 1). */
  bad?: boolean;
  /** Anything else the command collects (for example the comments of `dedupe`). */
  data?: unknown;
}

export type _TaskFn = (item: _Item) => _Result | Promise<_Result>;

/** A task module: makes the per-item function from the command's options. */
export interface _TaskModule {
  _create(options: Record<string, unknown>): _TaskFn | Promise<_TaskFn>;
}

/** The tasks, by name, loaded lazily (each in its own chunk). */
export const TASKS: Record<string, () => Promise<_TaskModule>> = {
  read: () => import("./tasks/read.js"),
  validate: () => import("./tasks/validate.js"),
  stats: () => import("./tasks/stats.js"),
  sign: () => import("./tasks/sign.js"),
  comments: () => import("./tasks/comments.js"),
};

/** Load a task and make its function. */
export async function _loadTask(name: string, options: Record<string, unknown>): Promise<_TaskFn> {
  const load = TASKS[name];
  if (load === undefined) throw new Error(`Unknown task ${name}`);
  return (await load())._create(options);
}
