// The entry `marginalia/import`: the comment archives people hold (Reddit,
// Hacker News …) read into articles with their threads, and what could not
// be placed reported. Kept apart from the root entry so that a bundle
// importing `countWords` carries no importer. Re-exports only.
export * from "./import/index.js";
