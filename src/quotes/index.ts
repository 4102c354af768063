// Filled by the quotes module.
export {};
