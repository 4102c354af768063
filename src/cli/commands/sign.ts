// `marginalia sign`: see the help in ../commands.ts.
import { _hashString } from "../../_hash.js";
import { _UsageError } from "../_errors.js";
import { _common, _from, _int } from "../_options.js";
import { _pipeline } from "../_pipeline.js";
import { _sources } from "../inputs.js";
import { _resultWriter } from "./_write.js";

/** `--shard i/n` as [i, n], 1 ≤ i ≤ n. */
export function _shard(raw: unknown): [number, number] {
  if (raw === undefined) return [1, 1];
  const match = /^(\d+)\/(\d+)$/.exec(String(raw));
  const i = Number(match?.[1]);
  const n = Number(match?.[2]);
  if (match === null || n < 1 || i < 1 || i > n) {
    throw new _UsageError(
      `--shard expects i/n with 1 ≤ i ≤ n (1/4, 2/4 …), found ${JSON.stringify(raw)}`,
    );
  }
  return [i, n];
}

/** Run `sign`; resolves to the exit code. */
export async function _command(values: Record<string, unknown>, positionals: string[]) {
  const common = _common(values);
  const [shard, shards] = _shard(values.shard);
  const options = {
    bins: _int(values, "bins", 256, 16, 1024),
    seed: _int(values, "seed", 0, -(2 ** 31), 2 ** 32 - 1),
    shingle: _int(values, "shingle", 5, 1, 64),
    text: values.text === true,
    debug: common.debug,
  };
  const output = _resultWriter(values.out as string | undefined, false, values.force === true);
  const code = await _pipeline({
    sources: _sources(positionals),
    common,
    from: _from(values),
    task: "sign",
    unit: "articles",
    options,
    // Corpus lines go round-robin; whole documents by a hash of their name.
    filter: (item) =>
      (item.line > 0 ? item.line - 1 : _hashString(item.file) >>> 0) % shards === shard - 1,
    onResult: (result, item) => output.onResult(result, item),
  });
  await output.end();
  return code;
}
