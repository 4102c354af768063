import * as z from "zod";
import { _checkComments } from "./_comments.js";
import { _date, _lang, _nonEmpty, _text, _url } from "./_fields.js";
import type { _Known } from "./_types.js";
import { BlockSchema, ImageSchema } from "./block.js";
import { CommentSchema } from "./comment.js";
import { PersonSchema } from "./person.js";
import { SectionSchema } from "./section.js";
import { TagSchema } from "./tag.js";

/** The site an article was published on. */
export const SiteSchema = /* @__PURE__ */ z
  .looseObject({
    name: _text().optional(),
    url: _url().optional(),
  })
  .meta({ id: "Site" });

/**
 * An article and its reader comments. Flat and non-recursive: sections are a
 * list with heading levels, comments a list with `parentId`. Unknown keys are
 * kept at every level.
 */
export const ArticleSchema = /* @__PURE__ */ z
  .looseObject({
    id: _text().optional(),
    url: _url().optional(),
    title: _nonEmpty(),
    subtitle: _text().optional(),
    summary: _text().optional(),
    lang: _lang().optional(),
    authors: z.array(PersonSchema).default([]),
    publishedAt: _date().optional(),
    updatedAt: _date().optional(),
    site: SiteSchema.optional(),
    image: ImageSchema.optional(),
    lead: z.array(BlockSchema).default([]),
    sections: z.array(SectionSchema).default([]),
    tags: z.array(TagSchema).default([]),
    comments: z.array(CommentSchema).default([]),
    commentCount: z.int().min(0).optional(),
  })
  .superRefine((article, context) => {
    for (const issue of _checkComments(article.comments)) {
      context.addIssue({
        code: "custom",
        message: issue.message,
        path: issue.path,
        params: { code: issue.code },
      });
    }
  })
  .meta({ id: "Article" });

/** An article and its reader comments. */
export interface Article extends _Known<z.output<typeof ArticleSchema>> {}
/** An article as it may be written before defaults are filled in. */
export interface ArticleInput extends _Known<z.input<typeof ArticleSchema>> {}
/** The site an article was published on. */
export interface Site extends _Known<z.output<typeof SiteSchema>> {}
