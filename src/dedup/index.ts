// Filled by the dedup module.
export {};
