import { readFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'

const IMPORT = /^@import '(\.\/styles\/[\w-]+\.css)';\n/m

/**
 * The published stylesheet: `src/styles.css` with each `@import './styles/x.css';`
 * line replaced by that file, so `dist/styles.css` is one file with no `@import`
 * (nothing for the page to fetch, nothing a strict CSP blocks). In the monorepo the
 * source condition serves `src/styles.css` and the bundler follows the imports.
 *
 * @example
 * ```ts
 * await writeFile('dist/styles.css', await bundleStyles('src/styles.css'))
 * ```
 */
export async function bundleStyles(entry: string): Promise<string> {
  const parts = (await readFile(entry, 'utf8')).split(IMPORT)
  const joined = await Promise.all(parts.map((part, i) => (i % 2 ? readFile(resolve(dirname(entry), part), 'utf8') : part)))
  return joined.join('').replace(/\n{3,}/g, '\n\n')
}
