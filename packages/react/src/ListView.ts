/**
 * How `<MediaUploader>` lays out its files: rows with details (`list`), one
 * line per file (`compact`), or thumbnail tiles (`grid`).
 *
 * @example
 * ```tsx
 * const view: ListView = 'grid'
 * <MediaUploader provider="presign" view={view} />
 * ```
 */
export type ListView = 'list' | 'compact' | 'grid'
