// Messages and issues as lines for standard error: `file:line:column ruleId
// reason` for people, one JSON object a line with `--messages json`.
import { formatPath, type Issue, isArticleError } from "../error.js";
import type { Message } from "../message.js";
import type { _Item } from "./inputs.js";

/** Where a message points, in the input file: a corpus line's place is on that line. */
function _where(item: _Item, place: { line: number; column: number } | undefined) {
  if (item.line > 0) return { line: item.line, column: place?.column ?? 1 };
  return { line: place?.line ?? 1, column: place?.column ?? 1 };
}

function _line(
  item: _Item,
  json: boolean,
  fields: { ruleId: string; reason: string; place?: { line: number; column: number } | undefined },
  extra: Record<string, unknown>,
): string {
  const { line, column } = _where(item, fields.place);
  if (json) {
    return `${JSON.stringify({ file: item.file, line, column, ruleId: fields.ruleId, reason: fields.reason, ...extra })}\n`;
  }
  return `${item.file}:${line}:${column} ${fields.ruleId} ${fields.reason}\n`;
}

/** A reader's message as a line. */
export function _formatMessage(item: _Item, message: Message, json: boolean): string {
  const extra: Record<string, unknown> = { source: message.source, fatal: false };
  if (message.path !== undefined) extra.path = formatPath(message.path);
  if (message.actual !== undefined) extra.actual = message.actual;
  return _line(item, json, message, extra);
}

/** An issue of invalid content as a line (its code is the rule id; the path ends the reason). */
export function _formatIssue(item: _Item, issue: Issue, json: boolean): string {
  const path = formatPath(issue.path);
  const reason = issue.path.length === 0 ? issue.message : `${issue.message} (at ${path})`;
  return _line(
    item,
    json,
    { ruleId: issue.code, reason: json ? issue.message : reason, place: issue.place },
    json ? { source: "marginalia", fatal: true, path } : {},
  );
}

/**
 * Lines for an error met on an item: the issues of an `ArticleError`, or
 * one `internal-error` line for anything else (with its stack under
 * `--debug`), so that one bad item never stops a corpus.
 */
export function _formatError(item: _Item, error: unknown, json: boolean, debug: boolean): string {
  if (isArticleError(error)) {
    return error.issues.map((issue) => _formatIssue(item, issue, json)).join("");
  }
  const reason =
    debug && error instanceof Error
      ? (error.stack ?? error.message)
      : error instanceof Error
        ? error.message
        : String(error);
  return _line(item, json, { ruleId: "internal-error", reason }, json ? { fatal: true } : {});
}
