// A worker thread of `--jobs N`: makes the command's task once, then maps
// each batch of items it receives, in order, and posts the results back.
import { parentPort, workerData } from "node:worker_threads";
import type { _Item } from "./inputs.js";
import { _loadTask } from "./tasks.js";

/** Serve batches until the main thread terminates the worker. */
export async function _worker(): Promise<void> {
  const port = parentPort;
  if (port === null) return;
  const { task, options } = workerData as { task: string; options: Record<string, unknown> };
  const run = await _loadTask(task, options);
  port.on("message", async (message: { id: number; items: _Item[] }) => {
    try {
      const results = [];
      for (const item of message.items) results.push(await run(item));
      port.postMessage({ id: message.id, results });
    } catch (error) {
      port.postMessage({
        id: message.id,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
    }
  });
}
