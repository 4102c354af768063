// Option values: checked, with the flag named in the error (exit code 2).
import { availableParallelism } from "node:os";
import { _UsageError } from "./_errors.js";
import type { _Common } from "./_pipeline.js";
import { FORMATS } from "./formats.js";

/** A whole number option, within bounds. */
export function _int(
  values: Record<string, unknown>,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^-?\d+$/.test(String(raw)) || value < min || value > max) {
    throw new _UsageError(
      `--${name} expects a whole number from ${min} to ${max}, found ${JSON.stringify(raw)}`,
    );
  }
  return value;
}

/** A number option in (0, 1]. */
export function _share(values: Record<string, unknown>, name: string, fallback: number): number {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (String(raw).trim() === "" || !Number.isFinite(value) || value <= 0 || value > 1) {
    throw new _UsageError(
      `--${name} expects a number above 0 and at most 1, found ${JSON.stringify(raw)}`,
    );
  }
  return value;
}

/** A string option among some values. */
export function _choice(
  values: Record<string, unknown>,
  name: string,
  allowed: readonly string[],
  fallback: string,
): string {
  const raw = values[name];
  if (raw === undefined) return fallback;
  if (typeof raw !== "string" || !allowed.includes(raw)) {
    throw new _UsageError(
      `--${name} expects one of ${allowed.join(", ")}, found ${JSON.stringify(raw)}`,
    );
  }
  return raw;
}

/** `--from`: a format's name, or `ndjson`. */
export function _from(values: Record<string, unknown>): string | undefined {
  const raw = values.from;
  if (raw === undefined) return undefined;
  return _choice(values, "from", [...FORMATS.map((format) => format.name), "ndjson"], "");
}

/** The options every command has. */
export function _common(values: Record<string, unknown>): _Common {
  return {
    debug: values.debug === true,
    failFast: values["fail-fast"] === true,
    jobs: _int(values, "jobs", availableParallelism(), 1, 256),
    quiet: values.quiet === true,
  };
}

/** Refuse positionals where none are expected, or too few. */
export function _expectInputs(positionals: readonly string[], command: string, min = 0): void {
  if (positionals.length < min) {
    throw new _UsageError(
      `${command} expects ${min === 1 ? "an input" : `${min} inputs`} (marginalia ${command} --help)`,
    );
  }
}
