// Where the third-party samples live (read in place, never copied): the
// `shared` folder beside the checkout, or `MARGINALIA_SHARED` when set (a
// git worktree sits elsewhere). A run with `MARGINALIA_REQUIRE_SHARED=1`
// fails when they are missing; other runs skip with the reason shown.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root =
  process.env.MARGINALIA_SHARED ?? fileURLToPath(new URL("../../../shared/", import.meta.url));

/** `shared/formats/feeds`. */
export const FEEDS = join(root, "formats", "feeds");

/** Whether the samples are there. */
export const hasShared = existsSync(FEEDS);

if (!hasShared && process.env.MARGINALIA_REQUIRE_SHARED === "1") {
  throw new Error(`MARGINALIA_REQUIRE_SHARED=1 but ${FEEDS} is missing`);
}

/** The reason shown for skipped suites. */
export const SKIP_REASON = `skipped: needs ${FEEDS} (third-party samples; set MARGINALIA_SHARED)`;

/**
 * A suite title that says why it is skipped, when it is.
 *
 * @param name
 *   The suite's name.
 * @returns
 *   The title.
 */
export function sharedTitle(name: string): string {
  return hasShared ? name : `${name} (${SKIP_REASON})`;
}
