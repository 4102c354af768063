// `marginalia stats`: see the help in ../commands.ts.
import { _common, _from } from "../_options.js";
import { _pipeline } from "../_pipeline.js";
import { _sources } from "../inputs.js";
import { _output } from "../output.js";
import { type _StatsRow, _tableHeader, _tableLine } from "../tasks/stats.js";
import { _resultWriter } from "./_write.js";

/** Run `stats`; resolves to the exit code. */
export async function _command(values: Record<string, unknown>, positionals: string[]) {
  const common = _common(values);
  const json = values.json === true;
  const sources = _sources(positionals);
  const output = _resultWriter(undefined, false, false);
  const total: _StatsRow = {
    words: 0,
    seconds: 0,
    paragraphs: 0,
    quotes: 0,
    images: 0,
    comments: 0,
    declared: undefined,
    depth: 0,
  };
  let rows = 0;
  if (!json)
    await output.onResult({ out: _tableHeader() }, { file: "", line: 0, text: "", format: "" });
  const code = await _pipeline({
    sources,
    common,
    from: _from(values),
    task: "stats",
    unit: "articles",
    options: { json, debug: common.debug },
    onResult: (result, item) => {
      for (const row of (result.data as _StatsRow[] | undefined) ?? []) {
        rows++;
        total.words += row.words;
        total.seconds += row.seconds;
        total.paragraphs += row.paragraphs;
        total.quotes += row.quotes;
        total.images += row.images;
        total.comments += row.comments;
        if (row.declared !== undefined) total.declared = (total.declared ?? 0) + row.declared;
        total.depth = Math.max(total.depth, row.depth);
      }
      return output.onResult(result, item);
    },
  });
  await output.end();
  if (!json && rows > 1)
    await _output(undefined, false).write(_tableLine(total, `total (${rows} articles)`));
  return code;
}
