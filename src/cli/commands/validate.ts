// `marginalia validate`: see the help in ../commands.ts.
import { _common, _from } from "../_options.js";
import { _pipeline } from "../_pipeline.js";
import { _sources } from "../inputs.js";
import { _resultWriter } from "./_write.js";

/** Run `validate`; resolves to the exit code. */
export async function _command(values: Record<string, unknown>, positionals: string[]) {
  const common = _common(values);
  const sources = _sources(positionals);
  const output = _resultWriter(undefined, false, false);
  let checked = 0;
  let invalid = 0;
  const code = await _pipeline({
    sources,
    common,
    from: _from(values),
    task: "validate",
    unit: "articles",
    options: { json: values.json === true, debug: common.debug },
    onResult: (result, item) => {
      checked++;
      if (result.bad === true) invalid++;
      return output.onResult(result, item);
    },
  });
  await output.end();
  if (!common.quiet) {
    process.stderr.write(`${checked} checked, ${invalid} invalid\n`);
  }
  return code;
}
