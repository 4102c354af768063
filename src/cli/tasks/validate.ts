// `validate`: whether an item is a valid article (or a document its
// reader reads), with every issue and its path through `formatIssues`.
import { formatIssues, formatPath, isArticleError } from "../../error.js";
import { _formatError } from "../_report.js";
import type { _Item } from "../inputs.js";
import type { _Result, _TaskFn } from "../tasks.js";
import { _readItem, _where } from "./_articles.js";

/** Make the `validate` task: options `json`, `debug`. */
export function _create(options: Record<string, unknown>): _TaskFn {
  const json = options.json === true;
  const debug = options.debug === true;
  return async (item: _Item): Promise<_Result> => {
    try {
      await _readItem(item, {});
      return {};
    } catch (error) {
      if (!isArticleError(error)) {
        return { bad: true, diag: _formatError(item, error, false, debug) };
      }
      const where = _where(item);
      if (json) {
        const record: Record<string, unknown> = { file: item.file };
        if (item.line > 0) record.line = item.line;
        record.valid = false;
        record.issues = error.issues.map((issue) => ({
          code: issue.code,
          message: issue.message,
          path: formatPath(issue.path),
          ...(issue.place === undefined
            ? {}
            : { line: issue.place.line, column: issue.place.column }),
        }));
        return { bad: true, out: `${JSON.stringify(record)}\n` };
      }
      const count = error.issues.length;
      return {
        bad: true,
        out: `${where}: ${count} ${count === 1 ? "issue" : "issues"}\n${formatIssues(error.issues)}\n`,
      };
    }
  };
}
