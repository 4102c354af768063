// `marginalia dedupe`: see the help in ../commands.ts. Two steps: the
// comments of every article are read (in workers with --jobs), then one
// `findNearDuplicates` runs over all of them here; with --corpus, the
// inputs are read a second time and written without the duplicates.
import { findNearDuplicates } from "../../dedup/near.js";
import { toJson } from "../../json/json.js";
import type { Article, Comment } from "../../schema/index.js";
import { _UsageError, EXIT } from "../_errors.js";
import { _common, _from, _share } from "../_options.js";
import { _delay, _pipeline } from "../_pipeline.js";
import { _batches, _sources } from "../inputs.js";
import { _output } from "../output.js";
import { _progress } from "../progress.js";
import { _readItem } from "../tasks/_articles.js";
import type { _ArticleComments } from "../tasks/comments.js";
import { _duplicateLine, type _Origins } from "./_duplicates.js";

/** Run `dedupe`; resolves to the exit code. */
export async function _command(values: Record<string, unknown>, positionals: string[]) {
  const common = _common(values);
  const threshold = _share(values, "threshold", 0.8);
  const from = _from(values);
  const sources = _sources(positionals);
  const corpus = values.corpus as string | undefined;
  if (corpus !== undefined && sources.some((source) => source.path === "-")) {
    throw new _UsageError("--corpus reads the inputs twice: give files, not standard input");
  }
  const force = values.force === true;
  const report = _output(values.out as string | undefined, force);
  const origins: _Origins = { owner: [], comment: [], articles: [], withFile: sources.length > 1 };
  const texts: string[] = [];
  const code = await _pipeline({
    sources,
    common,
    from,
    task: "comments",
    unit: "articles",
    options: { debug: common.debug },
    onResult: (result, item) => {
      const read = (result.data as _ArticleComments[] | undefined) ?? [];
      for (let index = 0; index < read.length; index++) {
        const article = read[index] as _ArticleComments;
        const at = origins.articles.length;
        origins.articles.push({
          file: item.file,
          line: item.line,
          id: article.id,
          index: item.index ?? (read.length > 1 ? index : undefined),
        });
        for (let i = 0; i < article.ids.length; i++) {
          origins.owner.push(at);
          origins.comment.push(article.ids[i] as string);
          texts.push(article.texts[i] as string);
        }
      }
      return undefined;
    },
  });
  if (code === EXIT.interrupted || (code !== EXIT.ok && common.failFast)) {
    await report.end();
    return code;
  }
  // The search is one synchronous call: on a terminal, it pulls the texts
  // through a generator that draws the progress line.
  const searching = _progress(process.stderr, "comments compared", {
    enabled: !common.quiet,
    delay: _delay(),
  });
  searching.totals(texts.length);
  const all = texts;
  const docs =
    process.stderr.isTTY === true && !common.quiet
      ? (function* () {
          for (let i = 0; i < all.length; i++) {
            if ((i & 1023) === 0) searching.update(i);
            yield all[i] as string;
          }
        })()
      : all;
  const { duplicates } = findNearDuplicates(docs, { threshold });
  searching.clear();
  texts.length = 0;
  let pending = "";
  for (const duplicate of duplicates) {
    pending += _duplicateLine(origins, duplicate);
    if (pending.length > 65_536) {
      await report.write(pending);
      pending = "";
    }
  }
  await report.write(pending);
  await report.end();
  if (!common.quiet) {
    process.stderr.write(
      `${origins.comment.length} comments in ${origins.articles.length} articles, ${duplicates.length} duplicates\n`,
    );
  }
  if (corpus !== undefined) {
    const removed = new Map<number, Set<string>>();
    for (const duplicate of duplicates) {
      const owner = origins.owner[duplicate.index] as number;
      let set = removed.get(owner);
      if (set === undefined) {
        set = new Set();
        removed.set(owner, set);
      }
      set.add(origins.comment[duplicate.index] as string);
    }
    await _writeCorpus(sources, from, corpus, force, removed);
  }
  return code;
}

/** The comments left, each reply of a removed comment moved up to its nearest kept ancestor. */
export function _withoutComments(comments: readonly Comment[], removed: Set<string>): Comment[] {
  const parentOf = new Map<string, string | undefined>();
  for (const comment of comments) parentOf.set(comment.id, comment.parentId);
  const kept: Comment[] = [];
  for (const comment of comments) {
    if (removed.has(comment.id)) continue;
    let parent = comment.parentId;
    const seen = new Set<string>();
    while (parent !== undefined && removed.has(parent) && !seen.has(parent)) {
      seen.add(parent);
      parent = parentOf.get(parent);
    }
    if (parent === comment.parentId) kept.push(comment);
    else {
      const moved: Comment = { ...comment };
      if (parent === undefined) delete moved.parentId;
      else moved.parentId = parent;
      kept.push(moved);
    }
  }
  return kept;
}

/** The second pass: every article again, in the same order, without its duplicates. */
async function _writeCorpus(
  sources: ReturnType<typeof _sources>,
  from: string | undefined,
  path: string,
  force: boolean,
  removed: Map<number, Set<string>>,
): Promise<void> {
  const out = _output(path, force);
  let ordinal = 0;
  let pending = "";
  for await (const items of _batches(sources, { from })) {
    for (const item of items) {
      let articles: Article[];
      try {
        articles = (await _readItem(item, {})).articles;
      } catch {
        continue; // reported by the first pass
      }
      for (const article of articles) {
        const gone = removed.get(ordinal++);
        const kept =
          gone === undefined
            ? article
            : { ...article, comments: _withoutComments(article.comments, gone) };
        pending += `${toJson(kept, { indent: 0 })}\n`;
      }
    }
    if (pending.length > 65_536) {
      await out.write(pending);
      pending = "";
    }
  }
  await out.write(pending);
  await out.end();
}
