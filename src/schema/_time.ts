// The instant an ISO 8601 date of the model names, for comparing dates.
// Pure: the same string gives the same number on every machine, whatever
// its time zone (`Date.parse` reads a local date-time in the machine's zone
// but a bare date as UTC, so two machines could order dates differently).

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number `count` digits at `start` spell, or -1. */
function _digits(value: string, start: number, count: number): number {
  if (start + count > value.length) return -1;
  let result = 0;
  for (let index = start; index < start + count; index++) {
    const code = value.charCodeAt(index) - 48;
    if (code < 0 || code > 9) return -1;
    result = result * 10 + code;
  }
  return result;
}

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
  if (typeof value !== "string") return Number.NaN;
  const length = value.length;
  if (length < 10 || length > 40) return Number.NaN;
  const year = _digits(value, 0, 4);
  const month = _digits(value, 5, 2);
  const day = _digits(value, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1) return Number.NaN;
  if (value[4] !== "-" || value[7] !== "-") return Number.NaN;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const last = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  if (day > last) return Number.NaN;
  const midnight = _daysFromCivil(year, month, day) * 86_400_000;
  if (length === 10) return midnight;
  if (value[10] !== "T" || length < 16) return Number.NaN;
  const hour = _digits(value, 11, 2);
  const minute = _digits(value, 14, 2);
  if (hour < 0 || hour > 23 || value[13] !== ":" || minute < 0 || minute > 59) {
    return Number.NaN;
  }
  let time = midnight + hour * 3_600_000 + minute * 60_000;
  let index = 16;
  if (value[index] === ":") {
    const second = _digits(value, index + 1, 2);
    if (second < 0 || second > 59) return Number.NaN;
    time += second * 1000;
    index += 3;
    if (value[index] === ".") {
      index++;
      const start = index;
      let fraction = 0;
      let scale = 1000;
      while (index < length) {
        const digit = value.charCodeAt(index) - 48;
        if (digit < 0 || digit > 9) break;
        scale /= 10;
        fraction += digit * scale;
        index++;
      }
      if (index === start || index - start > 9) return Number.NaN;
      time += fraction;
    }
  }
  if (index === length) return time;
  if (value[index] === "Z") return index + 1 === length ? time : Number.NaN;
  const sign = value[index];
  if ((sign !== "+" && sign !== "-") || length !== index + 6 || value[index + 3] !== ":") {
    return Number.NaN;
  }
  const offsetHour = _digits(value, index + 1, 2);
  const offsetMinute = _digits(value, index + 4, 2);
  if (offsetHour < 0 || offsetHour > 23 || offsetMinute < 0 || offsetMinute > 59) {
    return Number.NaN;
  }
  // `+01:00` is one hour ahead of UTC: the instant is one hour earlier.
  const offset = (offsetHour * 60 + offsetMinute) * 60_000;
  return sign === "+" ? time - offset : time + offset;
}
