// The program: `marginalia <command> [options] <inputs>`. Parses with
// node's `util.parseArgs` (no dependency, ~1 ms), prints help and version
// without loading any command, runs the command, and turns errors into
// exit codes: 0 done, 1 invalid content found, 2 usage error, never a
// stack trace for a user error (`--debug` shows them).
import { parseArgs } from "node:util";
import pkg from "../../package.json" with { type: "json" };
import { _UsageError, EXIT } from "./_errors.js";
import { _command, COMMANDS, COMMON } from "./commands.js";

/** The program's help. */
export function _programHelp(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  const lines = COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return `marginalia ${pkg.version}: articles and their comments, from the command line

Usage: marginalia <command> [options] <inputs>

Commands:
${lines.join("\n")}

Options:
  -h, --help      this help (marginalia <command> --help: a command's options and examples)
  -v, --version   the version

Exit codes: 0 done, 1 invalid content found (reported on standard error),
2 usage error. Results go to standard output, messages and progress to
standard error.

Examples:
  marginalia read page.html --to md
  marginalia validate corpus.ndjson
  marginalia stats pages/
  marginalia dedupe corpus.ndjson > duplicates.ndjson
`;
}

function _say(text: string): void {
  process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
}

/** Run the program with its arguments; sets `process.exitCode`. */
export async function _main(argv: readonly string[]): Promise<void> {
  const debug = argv.includes("--debug");
  try {
    process.exitCode = await _dispatch(argv);
  } catch (error) {
    if (error instanceof _UsageError) {
      process.stderr.write(`marginalia: ${error.message}\n`);
      if (debug) process.stderr.write(`${error.stack}\n`);
      process.exitCode = EXIT.usage;
      return;
    }
    if ((error as { code?: unknown } | null)?.code === "EPIPE") {
      process.exitCode = EXIT.ok;
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      debug && error instanceof Error
        ? `marginalia: ${error.stack}\n`
        : `marginalia: ${message} (--debug shows the stack trace)\n`,
    );
    process.exitCode = EXIT.usage;
  }
}

async function _dispatch(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "-h" || name === "--help" || name === "help") {
    const topic = name === "help" ? rest[0] : undefined;
    const command = topic === undefined ? undefined : _command(topic);
    _say(command === undefined ? _programHelp() : _commandHelp(command.name));
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === "-v" || name === "--version") {
    _say(pkg.version);
    return EXIT.ok;
  }
  const command = _command(name);
  if (command === undefined) {
    throw new _UsageError(
      name.startsWith("-")
        ? `unknown option ${name} (marginalia --help lists the commands)`
        : `unknown command ${JSON.stringify(name)}: expected one of ${COMMANDS.map((c) => c.name).join(", ")}`,
    );
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: rest,
      options: { ...COMMON, ...command.options },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new _UsageError(
      `${message.replace(/\. To specify a positional.*$/s, "")} (marginalia ${name} --help)`,
    );
  }
  if (parsed.values.help === true) {
    _say(_commandHelp(name));
    return EXIT.ok;
  }
  const module = await command.load();
  return module._command(parsed.values as Record<string, unknown>, parsed.positionals);
}

/** A command's help. */
export function _commandHelp(name: string): string {
  const command = _command(name);
  if (command === undefined) return _programHelp();
  return `Usage: ${command.usage}\n\n${command.summary[0]?.toUpperCase()}${command.summary.slice(1)}.\n\n${command.help}\n`;
}
