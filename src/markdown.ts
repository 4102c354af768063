// The entry `marginalia/markdown`: Markdown in and out, built on unified.
// Kept apart from the root entry so that a bundle importing `countWords`
// never carries unified, micromark or mdast code.
export {};
