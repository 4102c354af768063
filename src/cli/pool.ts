// Run a task over batches of items, in the main thread (`--jobs 1`) or in
// worker threads, and hand the results to a sink in input order. At most
// two batches per worker are in flight, so memory stays bounded whatever
// the corpus; stopping (Ctrl-C, --fail-fast) ends the reading, and the
// batches already sent are still written whole.
import { realpathSync } from "node:fs";
import { Worker } from "node:worker_threads";
import type { _Item } from "./inputs.js";
import { _loadTask, type _Result } from "./tasks.js";

/** Where the results go, batch by batch, in input order. */
export type _Sink = (results: _Result[], items: _Item[]) => void | Promise<void>;

/** Options of {@link _run}. */
export interface _RunOptions {
  task: string;
  options: Record<string, unknown>;
  jobs: number;
  /** Whether to stop reading input. */
  stopped: () => boolean;
}

/** The file this program runs from (the worker runs the same file). */
function _script(): string {
  return realpathSync(process.argv[1] as string);
}

interface _Pending {
  items: _Item[];
  promise: Promise<_Result[]>;
  settled: boolean;
}

/** Run the task over every batch; resolves once every result went to the sink. */
export async function _run(
  batches: AsyncIterable<_Item[]>,
  settings: _RunOptions,
  sink: _Sink,
): Promise<void> {
  // Workers only pay off from two batches on (a corpus over 1 MiB, many
  // documents): peek at the first two.
  const iterator = batches[Symbol.asyncIterator]();
  const first = await iterator.next();
  const second = first.done === true ? first : await iterator.next();
  const all: AsyncIterable<_Item[]> = {
    async *[Symbol.asyncIterator]() {
      if (first.done !== true) yield first.value;
      if (second.done !== true) yield second.value;
      else return;
      for (;;) {
        const step = await iterator.next();
        if (step.done === true) return;
        yield step.value;
      }
    },
  };
  if (settings.jobs <= 1 || second.done === true) {
    const run = await _loadTask(settings.task, settings.options);
    for await (const items of all) {
      const results: _Result[] = [];
      for (const item of items) results.push(await run(item));
      await sink(results, items);
      if (settings.stopped()) break;
    }
    return;
  }
  const script = _script();
  const workers = Array.from(
    { length: settings.jobs },
    () =>
      new Worker(script, {
        workerData: { task: settings.task, options: settings.options },
        stdout: false,
        stderr: false,
      }),
  );
  const idle: Worker[] = [...workers];
  const waiting: ((worker: Worker) => void)[] = [];
  const calls = new Map<number, { resolve: (r: _Result[]) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  let broken: Error | undefined;
  const release = (worker: Worker) => {
    const next = waiting.shift();
    if (next === undefined) idle.push(worker);
    else next(worker);
  };
  for (const worker of workers) {
    worker.on("message", (message: { id: number; results?: _Result[]; error?: string }) => {
      const call = calls.get(message.id);
      calls.delete(message.id);
      release(worker);
      if (call === undefined) return;
      if (message.error !== undefined) call.reject(new Error(message.error));
      else call.resolve(message.results ?? []);
    });
    worker.on("error", (error) => {
      broken = error;
      for (const call of calls.values()) call.reject(error);
      calls.clear();
    });
  }
  const acquire = (): Promise<Worker> => {
    const worker = idle.pop();
    if (worker !== undefined) return Promise.resolve(worker);
    return new Promise((resolve) => waiting.push(resolve));
  };
  const queue: _Pending[] = [];
  const drain = async (all: boolean) => {
    while (queue.length > 0) {
      const head = queue[0] as _Pending;
      if (!all && !head.settled && queue.length < settings.jobs * 2) return;
      const results = await head.promise;
      queue.shift();
      await sink(results, head.items);
    }
  };
  try {
    for await (const items of all) {
      if (broken !== undefined) throw broken;
      const worker = await acquire();
      const id = nextId++;
      const pending: _Pending = {
        items,
        settled: false,
        promise: new Promise<_Result[]>((resolve, reject) => {
          calls.set(id, { resolve, reject });
        }),
      };
      pending.promise.then(
        () => {
          pending.settled = true;
        },
        () => {
          pending.settled = true;
        },
      );
      queue.push(pending);
      worker.postMessage({ id, items });
      await drain(false);
      if (settings.stopped()) break;
    }
    await drain(true);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
