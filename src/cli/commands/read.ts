// `marginalia read`: see the help in ../commands.ts.
import { _UsageError } from "../_errors.js";
import { _choice, _common, _from } from "../_options.js";
import { _pipeline } from "../_pipeline.js";
import { _sources } from "../inputs.js";
import { OUTPUTS } from "../tasks/read.js";
import { _isDirectory, _resultWriter } from "./_write.js";

/** Check `--url` and `--now` before any work. */
export function _readerOptions(values: Record<string, unknown>) {
  const url = values.url as string | undefined;
  if (url !== undefined) {
    let ok = false;
    try {
      ok = /^https?:$/.test(new URL(url).protocol);
    } catch {
      ok = false;
    }
    if (!ok)
      throw new _UsageError(`--url expects an absolute http(s) URL, found ${JSON.stringify(url)}`);
  }
  const now = values.now as string | undefined;
  if (now !== undefined && Number.isNaN(Date.parse(now))) {
    throw new _UsageError(
      `--now expects a date (2024-03-10 or 2024-03-10T12:00:00Z), found ${JSON.stringify(now)}`,
    );
  }
  return { url, now, lang: values.lang as string | undefined };
}

/** Run `read`, or `import` (`files: true`); resolves to the exit code. */
export async function _command(
  values: Record<string, unknown>,
  positionals: string[],
  forceFiles = false,
): Promise<number> {
  const common = _common(values);
  const to = _choice(values, "to", OUTPUTS, "json");
  const json = _choice(values, "messages", ["text", "json"], "text") === "json";
  const from = _from(values);
  const reader = _readerOptions(values);
  const out = values.out as string | undefined;
  const sources = _sources(positionals);
  const files = forceFiles || (out !== undefined && (_isDirectory(out) || sources.length > 1));
  const output = _resultWriter(out, files, values.force === true);
  const code = await _pipeline({
    sources,
    common,
    from,
    task: "read",
    unit: "articles",
    options: { ...reader, to, json, debug: common.debug, files, oneLine: sources.length > 1 },
    onResult: (result, item) => output.onResult(result, item),
  });
  await output.end();
  return code;
}
