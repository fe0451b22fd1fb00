/**
 * Characters no text field may hold: C0/C1 controls (CR, LF, NUL, …), DEL,
 * and the bidirectional overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069, U+200E/U+200F, U+061C) that disguise a file name.
 *
 * @example
 * ```ts
 * UNSAFE_TEXT.test('invoice\u202Efdp.exe') // true
 * ```
 */
export const UNSAFE_TEXT = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/
