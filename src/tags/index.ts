// Filled by the tags module.
export {};
