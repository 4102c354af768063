export {
  type Article,
  type ArticleInput,
  ArticleSchema,
  type Site,
  SiteSchema,
} from "./article.js";
export {
  BLOCK_TYPES,
  type Block,
  BlockSchema,
  type Code,
  CodeSchema,
  type Embed,
  EmbedSchema,
  type Image,
  ImageSchema,
  type List,
  ListSchema,
  MARK_TYPES,
  type Mark,
  MarkSchema,
  type Paragraph,
  ParagraphSchema,
  type Quote,
  QuoteSchema,
  type Raw,
  RawSchema,
} from "./block.js";
export {
  COMMENT_KINDS,
  COMMENT_STATUSES,
  type Comment,
  CommentSchema,
  MISSING_REASONS,
  type MissingComments,
  MissingCommentsSchema,
} from "./comment.js";
export { type Person, PersonSchema } from "./person.js";
export { SECTION_LEVELS, type Section, SectionSchema } from "./section.js";
export { TAG_KINDS, type Tag, TagSchema } from "./tag.js";
