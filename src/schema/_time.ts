// The instant an ISO 8601 date of the model names, for comparing dates.
// Pure: the same string gives the same number on every machine, whatever
// its time zone (`Date.parse` reads a local date-time in the machine's zone
// but a bare date as UTC, so two machines could order dates differently).

import { _isIsoDate } from "./_checks.js";

/**
 * Days from 1970-01-01 to a day of the proleptic Gregorian calendar
 * (Howard Hinnant's `days_from_civil`; any year, no `Date`).
 */
function _daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * The instant an ISO 8601 date names, in milliseconds since
 * 1970-01-01T00:00Z (fractions of a millisecond kept as a fraction), or
 * `NaN` when the string is not such a date. It reads what the model allows
 * (see `_isIsoDate`): a date (`2012-01-20`), a date-time with an offset
 * (`2012-01-20T10:15:00.5+01:00`, `…Z`) or a local date-time without one
 * (`2012-01-20T10:15`). A date or local date-time without offset is
 * compared as if it were UTC: the source gave no zone, and reading it in
 * the machine's zone would make the order depend on where the code runs.
 * A date is its first instant (midnight).
 *
 * @param value
 *   The date string.
 * @returns
 *   Milliseconds since the epoch, or `NaN`.
 */
export function _isoInstant(value: string): number {
  // The shape and the day are checked once, by the model's own rule.
  if (typeof value !== "string" || !_isIsoDate(value)) return Number.NaN;
  const number = (start: number, count: number) => Number(value.slice(start, start + count));
  let time = _daysFromCivil(number(0, 4), number(5, 2), number(8, 2)) * 86_400_000;
  if (value.length === 10) return time;
  time += number(11, 2) * 3_600_000 + number(14, 2) * 60_000;
  let index = 16;
  if (value[index] === ":") {
    time += number(17, 2) * 1000;
    index = 19;
    if (value[index] === ".") {
      let end = 20;
      while (end < value.length && value[end] !== "Z" && value[end] !== "+" && value[end] !== "-")
        end++;
      time += Number(`0.${value.slice(20, end)}`) * 1000;
      index = end;
    }
  }
  if (index === value.length || value[index] === "Z") return time;
  const offset = number(index + 1, 2) * 3_600_000 + number(index + 4, 2) * 60_000;
  return value[index] === "-" ? time + offset : time - offset;
}
