/**
 * What built files import, read with Vite's parser (oxc) so comments and strings never count:
 * relative `.ts` specifiers anywhere in `dist/` (JS and declarations), and the modules a built
 * entry reaches through relative imports (static and dynamic).
 */
import { isBuiltin } from 'node:module'
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { parseSync } from 'vite'

const TS_SPECIFIER = /(['"])(\.{1,2}\/[^'"\n]*\.[cm]?tsx?)\1/g

function withoutComments(file, code) {
  const { comments } = parseSync(file, code, { sourceType: 'module', lang: file.endsWith('.ts') ? 'dts' : 'js' })
  let out = code
  for (const { start, end } of [...comments].reverse()) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end)
  return out
}

/** Relative specifiers ending in `.ts`/`.tsx`/`.mts`/`.cts` outside comments, per file of `distDir`: `file: specifier`. */
export function tsSpecifiersIn(distDir) {
  const found = []
  for (const name of readdirSync(distDir, { recursive: true })) {
    const file = join(distDir, String(name))
    if (!/\.(js|d\.ts)$/.test(file)) continue
    for (const match of withoutComments(file, readFileSync(file, 'utf8')).matchAll(TS_SPECIFIER)) found.push(`${relative(distDir, file)}: ${match[2]}`)
  }
  return found
}

function specifiersOf(file) {
  const code = readFileSync(file, 'utf8')
  const { module } = parseSync(file, code, { sourceType: 'module' })
  const fromStatic = [...module.staticImports.map((i) => i.moduleRequest.value), ...module.staticExports.flatMap((e) => e.entries.map((x) => x.moduleRequest?.value))]
  const fromDynamic = module.dynamicImports.map((d) => code.slice(d.moduleRequest.start, d.moduleRequest.end).replace(/^['"`]|['"`]$/g, ''))
  return [...fromStatic, ...fromDynamic].filter((s) => typeof s === 'string')
}

/**
 * Every module specifier reachable from `entry` through the package's own relative imports,
 * with the file that imports it: `[{ from, specifier }]`.
 */
export function importClosure(entry) {
  const seen = new Set()
  const out = []
  const visit = (file) => {
    if (seen.has(file)) return
    seen.add(file)
    for (const specifier of specifiersOf(file)) {
      out.push({ from: file, specifier })
      if (specifier.startsWith('.')) visit(join(dirname(file), specifier))
    }
  }
  visit(entry)
  return out
}

/** The Node built-ins (`node:*` or bare, like `crypto`) that `entry` reaches. */
export function nodeBuiltinsReachedFrom(entry) {
  return importClosure(entry).filter(({ specifier }) => specifier.startsWith('node:') || isBuiltin(specifier))
}

/** The packages (`name` or `@scope/name`) that the JavaScript files of `distDir` import. */
export function packagesImportedBy(distDir) {
  const names = new Set()
  for (const file of readdirSync(distDir).filter((f) => f.endsWith('.js'))) {
    for (const { specifier } of importClosure(join(distDir, file))) {
      if (specifier.startsWith('.') || isBuiltin(specifier)) continue
      names.add(specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/'))
    }
  }
  return names
}
