// `marginalia import`: `read` with one file per article in `--out <dir>`.
import { _UsageError } from "../_errors.js";
import { _command as _read } from "./read.js";

/** Run `import`; resolves to the exit code. */
export async function _command(values: Record<string, unknown>, positionals: string[]) {
  if (typeof values.out !== "string" || values.out === "") {
    throw new _UsageError("import expects --out <dir> (marginalia import --help)");
  }
  if (positionals.length === 0) {
    throw new _UsageError("import expects an export to read (marginalia import --help)");
  }
  return _read(values, positionals, true);
}
