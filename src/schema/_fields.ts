import * as z from "zod";
import {
  _hasNoForbidden,
  _isEmail,
  _isHttpUrl,
  _isIsoDate,
  _isLangTag,
  _isWellFormed,
} from "./_checks.js";

// Field builders shared by the schema files. Each refinement carries the
// marginalia issue code in `params.code`, so that zod's own issues and
// `parseArticle`'s agree.

const wellFormed = {
  message: "Expected well-formed Unicode text, found a lone surrogate",
  params: { code: "malformed_unicode" },
} as const;

const noForbidden = {
  message: "Expected no NUL (U+0000) or carriage return (U+000D): line breaks are \\n",
  params: { code: "invalid_character" },
} as const;

/** Any well-formed string without NUL or CR (may be empty). */
export const _text = () =>
  z
    .string()
    .refine(_isWellFormed, wellFormed)
    .refine(_hasNoForbidden, noForbidden)
    .meta({ pattern: "^[^\\u0000\\r]*$" });

/** A well-formed string with something other than whitespace in it. */
export const _nonEmpty = () =>
  _text()
    .refine((value) => value.trim() !== "", {
      message: "Expected text, found an empty string",
      params: { code: "empty_text" },
    })
    // JavaScript's `\s` is the set `trim` removes, so this says "not blank".
    .meta({ pattern: "^(?=[^\\u0000\\r]*$)\\s*\\S" });

/** An absolute http(s) URL. */
export const _url = () =>
  z
    .string()
    .refine(_isHttpUrl, {
      message: "Expected an absolute http(s) URL",
      params: { code: "invalid_url" },
    })
    .meta({ pattern: "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s]+$" });

/** An ISO 8601 date, date-time with offset, or local date-time. */
export const _date = () =>
  z
    .string()
    .refine(_isIsoDate, {
      message: "Expected an ISO 8601 date that exists (2012-01-20, 2012-01-20T10:15:00+01:00)",
      params: { code: "invalid_date" },
    })
    .meta({
      pattern:
        "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d{1,9})?)?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)?)?$",
    });

/** A well-formed BCP 47 language tag. */
export const _lang = () =>
  z
    .string()
    .refine(_isLangTag, {
      message: "Expected a well-formed BCP 47 language tag (fr, en-GB)",
      params: { code: "invalid_lang" },
    })
    .meta({ pattern: "^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$" });

/** An e-mail address (shape only). */
export const _email = () =>
  z
    .string()
    .refine(_isEmail, {
      message: "Expected an e-mail address",
      params: { code: "invalid_email" },
    })
    .meta({ pattern: "^[^\\s@]+@[^\\s@]+$" });
