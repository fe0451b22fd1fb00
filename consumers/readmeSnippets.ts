/** A code block in a Markdown file marked `<!-- snippet: path -->` on the line before its fence. */
export interface ReadmeSnippet {
  /** Repository-relative path of the file the block must equal. */
  readonly path: string
  readonly code: string
  /** 1-based line of the marker. */
  readonly line: number
}

const marker = /^<!-- snippet: (\S+) -->$/

/**
 * Finds every marked code block in `markdown`.
 *
 * @example
 * ```ts
 * readmeSnippets('<!-- snippet: a.ts -->\n```ts\nx\n```\n') // [{ path: 'a.ts', code: 'x\n', line: 1 }]
 * ```
 */
export function readmeSnippets(markdown: string): ReadmeSnippet[] {
  const lines = markdown.split('\n')
  const snippets: ReadmeSnippet[] = []
  lines.forEach((text, index) => {
    const path = marker.exec(text.trim())?.[1]
    if (path === undefined) return
    const fence = /^(`{3,})\w*$/.exec(lines[index + 1] ?? '')?.[1]
    if (fence === undefined) throw new Error(`README line ${index + 1}: "${path}" is not followed by a code fence`)
    const end = lines.findIndex((candidate, at) => at > index + 1 && candidate === fence)
    if (end === -1) throw new Error(`README line ${index + 1}: the code block for "${path}" is not closed`)
    snippets.push({ path, code: `${lines.slice(index + 2, end).join('\n')}\n`, line: index + 1 })
  })
  return snippets
}
