// `npm run docs`: write the API reference (docs/api) from the JSDoc with
// TypeDoc and typedoc-plugin-markdown; options in typedoc.json.
// `npm run docs -- --check` generates into a temporary folder and fails when
// the committed docs/api differ (CI), the way `npm run schema -- --check` does.
//
// Both fail on any TypeDoc warning, and on a page over PAGE_LIMIT bytes: a
// big page is a type inlined (a zod expansion, say) that should be named.
// The output is deterministic: no dates, no source links, stable order.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import {
  Application,
  type Context,
  Converter,
  PackageJsonReader,
  ReferenceType,
  ReflectionKind,
  TSConfigReader,
  TypeDocReader,
} from "typedoc";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const committed = join(root, "docs", "api");
const check = process.argv.includes("--check");
/** Largest page allowed, in bytes. */
const PAGE_LIMIT = 16_384;

/**
 * Name the modules after the entries users import (`marginalia`,
 * `marginalia/markdown`), not after their files (`index`, `markdown`).
 *
 * @param context
 *   TypeDoc's conversion context.
 */
function _nameEntries(context: Context): void {
  const { project } = context;
  for (const module of project.getChildrenByKind(ReflectionKind.Module)) {
    module.name = module.name === "index" ? project.name : `${project.name}/${module.name}`;
  }
}

/**
 * Show a zod schema constant by its zod class (`ZodObject`) rather than its
 * whole inferred type: the expansion is kilobytes of `ZodOptional<…>`, and the
 * schema's JSDoc names the type it validates.
 *
 * @param context
 *   TypeDoc's conversion context.
 */
function _shortenZod(context: Context): void {
  for (const reflection of context.project.getReflectionsByKind(ReflectionKind.Variable)) {
    const type = "type" in reflection ? reflection.type : undefined;
    if (type instanceof ReferenceType && (type.package === "zod" || /^Zod/.test(type.name))) {
      delete type.typeArguments;
    }
  }
}

/**
 * The code entries of the package, as users import them (`marginalia`,
 * `marginalia/markdown`): the subpaths of `exports` that are not files
 * such as `./schema.json` or `./package.json`.
 *
 * @returns
 *   Entry names.
 */
function _entries(): string[] {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
    name: string;
    exports: Record<string, unknown>;
  };
  return Object.keys(pkg.exports)
    .filter((key) => !/\.[a-z]+$/.test(key))
    .map((key) => (key === "." ? pkg.name : `${pkg.name}/${key.slice(2)}`));
}

/**
 * Every file under a folder, relative to it, sorted.
 *
 * @param folder
 *   Folder.
 * @returns
 *   Relative paths (`/`-separated).
 */
function _files(folder: string): string[] {
  const found: string[] = [];
  const stack = [folder];
  while (stack.length > 0) {
    const current = stack.pop() as string;
    let names: string[];
    try {
      names = readdirSync(current);
    } catch {
      continue;
    }
    for (const name of names) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) stack.push(path);
      else found.push(relative(folder, path).split("\\").join("/"));
    }
  }
  return found.sort();
}

async function main(): Promise<number> {
  const out = check ? mkdtempSync(join(tmpdir(), "marginalia-docs-")) : committed;
  try {
    // Readers listed by hand: TypeDoc's default ArgumentsReader would take
    // `--check` for one of its own options.
    const app = await Application.bootstrapWithPlugins({ out }, [
      new TypeDocReader(),
      new PackageJsonReader(),
      new TSConfigReader(),
    ]);
    app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context: Context) => {
      _nameEntries(context);
      _shortenZod(context);
    });
    const project = await app.convert();
    if (project === undefined || app.logger.hasErrors() || app.logger.hasWarnings()) {
      console.error("TypeDoc reported errors or warnings (above): the reference must build clean");
      return 1;
    }
    // One entry point gives no module: the project itself is the root entry.
    const modules = project.getChildrenByKind(ReflectionKind.Module).map((module) => module.name);
    const documented = modules.length > 0 ? modules : [project.name];
    const missing = _entries().filter((entry) => !documented.includes(entry));
    if (missing.length > 0) {
      console.error(
        `package.json exports ${missing.join(", ")}, which typedoc.json's entryPoints do not document: add the source file of each there`,
      );
      return 1;
    }
    app.validate(project);
    if (app.logger.hasErrors() || app.logger.hasWarnings()) {
      console.error("TypeDoc validation warned (above): the reference must build clean");
      return 1;
    }
    if (!check) rmSync(committed, { recursive: true, force: true });
    await app.generateOutputs(project);
    if (app.logger.hasErrors() || app.logger.hasWarnings()) return 1;

    const generated = _files(out);
    const big = generated.filter((file) => statSync(join(out, file)).size > PAGE_LIMIT);
    if (big.length > 0) {
      console.error(
        `pages over ${PAGE_LIMIT} bytes (a type inlined that should be named): ${big.join(", ")}`,
      );
      return 1;
    }
    if (!check) {
      console.log(`wrote ${generated.length} pages to ${relative(root, committed)}`);
      return 0;
    }
    const current = _files(committed);
    const stale = [
      ...generated.filter(
        (file) =>
          !current.includes(file) ||
          readFileSync(join(out, file), "utf8") !== readFileSync(join(committed, file), "utf8"),
      ),
      ...current.filter((file) => !generated.includes(file)),
    ];
    if (stale.length > 0) {
      console.error(
        `docs/api is stale (${stale.length} pages differ: ${stale.slice(0, 8).join(", ")}${stale.length > 8 ? ", …" : ""}): run \`npm run docs\` and commit it`,
      );
      return 1;
    }
    console.log(`docs/api is up to date (${generated.length} pages)`);
    return 0;
  } finally {
    if (check) rmSync(out, { recursive: true, force: true });
  }
}

process.exitCode = await main();
