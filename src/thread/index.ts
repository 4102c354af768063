// Filled by the thread module.
export {};
