/** Any value that survives `JSON.parse(JSON.stringify(value))`. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue }
