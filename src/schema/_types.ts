// The model types without index signatures.
//
// The schemas are loose (`z.looseObject`): unknown keys are kept at run time,
// so zod infers `{ title: string; …; [k: string]: unknown }`, and with that
// signature `article.tittle` compiles. The exported types are the inferred
// ones with every index signature removed, all the way down, and with each
// nested model object named (`Person`, `Comment`, `Block` …) rather than
// spelled out again. Unknown keys stay reachable through `WithUnknown`.
import type * as z from "zod";
import type { Site, SiteSchema } from "./article.js";
import type {
  Block,
  BlockSchema,
  Code,
  CodeSchema,
  Embed,
  EmbedSchema,
  Image,
  ImageSchema,
  List,
  ListSchema,
  Mark,
  MarkSchema,
  Paragraph,
  ParagraphSchema,
  Quote,
  QuoteSchema,
  Raw,
  RawSchema,
} from "./block.js";
import type {
  Comment,
  CommentInput,
  CommentSchema,
  MissingComments,
  MissingCommentsSchema,
} from "./comment.js";
import type { Person, PersonSchema } from "./person.js";
import type { Section, SectionInput, SectionSchema } from "./section.js";
import type { Tag, TagSchema } from "./tag.js";

/**
 * A model object together with the unknown keys it may carry at run time.
 *
 * The model types list only the known fields, so that a typo such as
 * `article.tittle` is a compile error. Unknown keys of the input are still
 * kept by every reader; reach them by widening the type:
 * `(article as WithUnknown<Article>)["x-cms"]` is `unknown`, and
 * `const input: WithUnknown<ArticleInput> = { title: "T", "x-cms": 1 }`
 * type-checks.
 *
 * @typeParam T
 *   A model type (`Article`, `Comment`, `Person` …).
 */
export type WithUnknown<T> = T & { [key: string]: unknown };

/** Whether `A` and `B` are the same type. */
type _Same<A, B> =
  (<G>() => G extends A ? 1 : 2) extends <G>() => G extends B ? 1 : 2 ? true : false;

/**
 * The inferred type of each model schema, input and output, and the name it
 * is exported under. An input equal to its output (no defaults) finds the
 * output's name.
 */
interface _Names {
  Block: [z.output<typeof BlockSchema>, Block];
  Paragraph: [z.output<typeof ParagraphSchema>, Paragraph];
  Quote: [z.output<typeof QuoteSchema>, Quote];
  List: [z.output<typeof ListSchema>, List];
  Image: [z.output<typeof ImageSchema>, Image];
  Embed: [z.output<typeof EmbedSchema>, Embed];
  Code: [z.output<typeof CodeSchema>, Code];
  Raw: [z.output<typeof RawSchema>, Raw];
  Mark: [z.output<typeof MarkSchema>, Mark];
  Person: [z.output<typeof PersonSchema>, Person];
  Tag: [z.output<typeof TagSchema>, Tag];
  Site: [z.output<typeof SiteSchema>, Site];
  Section: [z.output<typeof SectionSchema>, Section];
  SectionInput: [z.input<typeof SectionSchema>, SectionInput];
  Comment: [z.output<typeof CommentSchema>, Comment];
  CommentInput: [z.input<typeof CommentSchema>, CommentInput];
  MissingComments: [z.output<typeof MissingCommentsSchema>, MissingComments];
}

/** The exported name of `T` in a tuple (`[Name]`), or `never`. */
type _Find<T> = {
  [K in keyof _Names]: _Same<T, _Names[K][0]> extends true ? [_Names[K][1]] : never;
}[keyof _Names];

/** `T` by its exported name, member by member for a union without one. */
type _Name<T> = _Named<_Find<T>, T, true>;

/**
 * `Found` unwrapped, else `T` (a union member by member when `Split`):
 * arrays item by item, objects stripped.
 */
type _Named<Found, T, Split> = [Found] extends [never]
  ? Split extends true
    ? T extends unknown
      ? _Named<_Find<T>, T, false>
      : never
    : T extends readonly (infer Item)[]
      ? _Name<Item>[]
      : T extends object
        ? _Known<T>
        : T
  : Found extends [infer Name]
    ? Name
    : never;

/**
 * `T` without its index signatures, each value named: the body of every
 * exported model type (`interface Article extends _Known<…> {}`).
 */
export type _Known<T> = {
  [K in keyof T as string extends K ? never : number extends K ? never : K]: _Name<T[K]>;
};

/** The members of a union of model objects, each by its exported name. */
export type _Union<T> = T extends unknown ? _Name<T> : never;
