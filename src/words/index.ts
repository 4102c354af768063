// Filled by the words module.
export {};
