/** Two digits, zero-padded. */
export const _pad = (value: number): string => String(value).padStart(2, "0");
