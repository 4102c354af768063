// Where the web samples live (read in place, never copied): `formats/feeds`
// in the shared folder that test/_helpers/shared.ts finds (which also says,
// once, when it is missing, and fails the run when CI requires it).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { requireShared, sharedDir } from "../_helpers/shared.js";

/** `shared/formats/feeds`. */
export const FEEDS = join(sharedDir, "formats", "feeds");

/** Whether the samples are there. */
export const hasShared = existsSync(FEEDS);

if (!hasShared && requireShared) {
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
