// Third-party texts (the seed page in ../shared/pages, the corpus …) are read
// from `../shared` beside the repository, never copied into it. Tests that
// need them run when it is there; on a plain clone they are skipped, and
// `test/_helpers/shared-setup.ts` prints one line saying why. CI exports
// MARGINALIA_REQUIRE_SHARED=1: then a missing ../shared fails the run (and
// these tests run and fail), it is never skipped.
//
// MARGINALIA_SHARED=<dir> points at the folder when it is elsewhere (a git
// worktree, say).
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** The repository's root folder. */
const root = resolve(import.meta.dirname, "..", "..");

/** The seed page inside the shared folder. */
const SEED = join("pages", "megaupload-fr.txt");

/**
 * Where the third-party texts are: MARGINALIA_SHARED when set, else
 * `../shared` beside the repository, else `../../shared` (beside the folder
 * of a git worktree, `<folder>/<name>`); the first when none is there.
 */
export const sharedDir: string =
  process.env.MARGINALIA_SHARED === undefined
    ? ([join("..", "shared"), join("..", "..", "shared")]
        .map((candidate) => resolve(root, candidate))
        .find((candidate) => existsSync(join(candidate, SEED))) ?? resolve(root, "..", "shared"))
    : resolve(root, process.env.MARGINALIA_SHARED);

/** The seed page, someone else's article (read, never copied). */
export const seedPage: string = join(sharedDir, SEED);

/** Whether the run must fail, not skip, when ../shared is missing (set in CI). */
export const requireShared: boolean = process.env.MARGINALIA_REQUIRE_SHARED === "1";

/** Whether ../shared (with the seed page) is there. */
export const hasShared: boolean = existsSync(seedPage);

/**
 * Whether to skip the tests that read ../shared: only when it is missing and
 * not required. When required, they run (and fail on the missing file).
 */
export const skipShared: boolean = !hasShared && !requireShared;

/** Why they are skipped, in one line. */
export const skipReason = `${sharedDir} is missing (no seed page at ${seedPage}): the tests that read ../shared are skipped. Put the shared folder beside the repository or set MARGINALIA_SHARED=<dir>; CI sets MARGINALIA_REQUIRE_SHARED=1, which makes this a failure.`;

/**
 * Read the seed page.
 *
 * @returns
 *   Its text.
 */
export function readSeed(): string {
  return readFileSync(seedPage, "utf8");
}
