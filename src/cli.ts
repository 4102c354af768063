#!/usr/bin/env node
// The `marginalia` command (package.json `bin`). Not a package export: this
// file only starts the program, or a worker thread of it (`--jobs`), and
// loads the rest lazily so that `--version` and `--help` stay fast.
import { isMainThread } from "node:worker_threads";

if (isMainThread) {
  import("./cli/main.js").then(({ _main }) => _main(process.argv.slice(2)));
} else {
  import("./cli/worker.js").then(({ _worker }) => _worker());
}
