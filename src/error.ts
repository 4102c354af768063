/**
 * The closed list of issue codes. Callers branch on these; the wording of
 * `message` may change between versions, the codes do not.
 */
export const ISSUE_CODES = [
  /** The input is not valid JSON (`place` gives line and column). */
  "invalid_json",
  /** A value has the wrong type (`"7"` expected, `7` given, say). */
  "invalid_type",
  /** A value is not one of the allowed values (a block `type`, a `status`, a section `level`). */
  "invalid_value",
  /** A required field is missing. */
  "missing_field",
  /** A key the model does not know, when `unknownKeys: "error"`. */
  "unknown_key",
  /** A text that must say something is empty or only whitespace (title, heading, name, id). */
  "empty_text",
  /** A string holds a lone surrogate, which cannot be written as UTF-8. */
  "malformed_unicode",
  /**
   * A text holds U+0000 (NUL) or U+000D (carriage return). The model writes
   * line breaks as `\n` only, and no text format can carry NUL; readers of
   * text and Markdown turn CRLF and CR into LF before they build an article.
   */
  "invalid_character",
  /** A date is not ISO 8601, or names a day that does not exist. */
  "invalid_date",
  /** A URL is not an absolute http(s) URL. */
  "invalid_url",
  /** An e-mail address has no `@`, or holds whitespace. */
  "invalid_email",
  /** A language tag is not well-formed BCP 47. */
  "invalid_lang",
  /** A number is `Infinity` or `NaN` (JSON's `1e400` reads as `Infinity`). */
  "not_finite",
  /** A number is outside its range (a negative count, a fractional offset). */
  "out_of_range",
  /** A mark reaches outside its text. */
  "mark_out_of_range",
  /** A mark ends where or before it starts. */
  "mark_reversed",
  /** Two comments share an id. */
  "duplicate_id",
  /** A comment's `parentId` names no comment of the article. */
  "missing_parent",
  /** Comments whose parent ids form a cycle (a comment its own parent included). */
  "parent_cycle",
  /** An input is over a documented size or complexity limit. */
  "input_too_complex",
  /** Front matter or another embedded syntax cannot be read (`place` gives line and column). */
  "invalid_syntax",
] as const;

/** One of {@link ISSUE_CODES}. */
export type IssueCode = (typeof ISSUE_CODES)[number];

/** A point in a source text: 1-based line and column, 0-based offset. */
export interface Place {
  line: number;
  column: number;
  offset?: number;
}

/** Where in the document model, key after key: `["comments", 7, "parentId"]`. */
export type Path = (string | number)[];

/** One problem found in the input. */
export interface Issue {
  /** What kind of problem, from a closed list. */
  code: IssueCode;
  /** A sentence for people. */
  message: string;
  /** Where in the document model: `["comments", 7, "parentId"]`. */
  path: Path;
  /** Where in the source text, when there is one. */
  place?: Place;
}

/**
 * Format a path the way people write it in code: `comments[7].parentId`.
 *
 * @param path
 *   Path to format.
 * @returns
 *   The path as a string, or `(root)` when it is empty.
 */
export function formatPath(path: readonly (string | number)[]): string {
  let result = "";
  for (const part of path) {
    if (typeof part === "number") result += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) result += result === "" ? part : `.${part}`;
    else result += `[${JSON.stringify(part)}]`;
  }
  return result === "" ? "(root)" : result;
}

/**
 * Print issues for people, one per entry: `✖ message` then `→ at path`
 * (and the line and column when the issue has a place).
 *
 * @param issues
 *   Issues to print.
 * @returns
 *   The issues as text, one entry per issue, separated by newlines.
 */
export function formatIssues(issues: readonly Issue[]): string {
  const lines: string[] = [];
  for (const issue of issues) {
    lines.push(`✖ ${issue.message} [${issue.code}]`);
    let where = `  → at ${formatPath(issue.path)}`;
    if (issue.place) where += ` (line ${issue.place.line}, column ${issue.place.column})`;
    lines.push(where);
  }
  return lines.join("\n");
}

/**
 * The one error marginalia throws for bad content. `issues` is never empty.
 */
export class ArticleError extends Error {
  override name = "ArticleError" as const;
  readonly issues: Issue[];

  /**
   * @param issues
   *   What is wrong (at least one).
   */
  constructor(issues: Issue[]) {
    if (issues.length === 0) throw new TypeError("ArticleError needs at least one issue");
    const head = issues.length === 1 ? "1 issue" : `${issues.length} issues`;
    const shown = issues.length > 20 ? issues.slice(0, 20) : issues;
    let message = `Invalid article (${head}):\n${formatIssues(shown)}`;
    if (shown.length < issues.length) message += `\n… and ${issues.length - shown.length} more`;
    super(message);
    this.issues = issues;
  }
}

/**
 * Whether a value is an {@link ArticleError} (works across bundles and
 * realms, where `instanceof` may not).
 *
 * @param value
 *   Anything.
 * @returns
 *   `true` when the value is an `ArticleError`.
 */
export function isArticleError(value: unknown): value is ArticleError {
  return (
    value instanceof ArticleError ||
    (value instanceof Error &&
      value.name === "ArticleError" &&
      Array.isArray((value as { issues?: unknown }).issues))
  );
}

/** The result of a `safe*` function. */
export type SafeResult<T> = { success: true; data: T } | { success: false; error: ArticleError };
