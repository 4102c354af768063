import { _mix } from "../_hash.js";

/** Chance, at the threshold, that a pair must have of sharing a bucket. */
const TARGET = 0.99;

/**
 * Choose the LSH banding for a threshold (Leskovec, Rajaraman and Ullman,
 * Mining of Massive Datasets, ch. 3.4): the signature is cut into `bands`
 * bands of `rows` bins, and two texts are candidates when they agree on
 * every bin of at least one band, which happens with probability
 * `1 - (1 - s^rows)^bands` at similarity `s`. Candidates are verified
 * exactly, so a false candidate only costs time while a missed pair is lost:
 * take the widest band (fewest candidates) that still finds a pair *at*
 * the threshold with probability 0.99 or more. For 256 bins and 0.8 this
 * gives 32 bands of 8 rows: a pair at 0.8 is found with probability
 * 0.997, at 0.9 with 1 - 1.5e-8, at 0.5 with 0.12, at 0.3 with 0.002.
 */
export function _banding(bins: number, threshold: number): { bands: number; rows: number } {
  let best = { bands: bins, rows: 1 };
  for (let rows = 1; rows <= bins; rows++) {
    const bands = Math.floor(bins / rows);
    const found = 1 - (1 - threshold ** rows) ** bands;
    if (found >= TARGET) best = { bands, rows };
  }
  return best;
}

/** Probability that a pair at similarity `s` becomes a candidate. */
export function _candidateChance(s: number, bands: number, rows: number): number {
  return 1 - (1 - s ** rows) ** bands;
}

/** Hash each band of a signature into `out` (one key per band). */
export function _bandKeys(
  signature: Uint32Array,
  bands: number,
  rows: number,
  out: Uint32Array,
): void {
  let at = 0;
  for (let band = 0; band < bands; band++) {
    let h = Math.imul(band + 1, 0x27d4eb2f);
    for (let row = 0; row < rows; row++) {
      h = Math.imul(h ^ (signature[at++] as number), 0x9e3779b1);
      h = (h << 13) | (h >>> 19);
    }
    out[band] = _mix(h);
  }
}
