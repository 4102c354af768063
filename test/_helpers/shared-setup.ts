// Vitest global setup: say once, visibly, when the tests that read ../shared
// are skipped; fail the whole run when CI requires ../shared and it is missing.
import { hasShared, requireShared, sharedDir, skipReason } from "./shared.js";

/** Check ../shared once before the tests run. */
export default function setup(): void {
  if (hasShared) return;
  if (requireShared) {
    throw new Error(
      `MARGINALIA_REQUIRE_SHARED=1 but ${sharedDir} (with pages/megaupload-fr.txt) is missing: CI needs the shared texts beside the repository.`,
    );
  }
  console.warn(`[marginalia] ${skipReason}`);
}
