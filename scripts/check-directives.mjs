// After `npm run build`: the built modules carry `'use client'` exactly where React Server
// Components hosts (Next.js App Router) need it. Bundlers strip module directives from
// sources, so this reads dist/, not src/ (vite.config.ts writes the directive).
import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'

const DIST = join(import.meta.dirname, '../dist')
const DIRECTIVE = /^["']use client["'];/
const IMPORTS_REACT = /^import\b[^;]*?\bfrom\s*["'](react|react\/jsx-runtime|react-dom)["']/m
const CALLS_HOOK = /\buse[A-Z]\w*\(/
const REACT_LAYERS = /^(react|components|i18n\/react)\//
// Entries that re-export, and the layers a server component may import.
const SERVER_SAFE = /^(index\.js|core\/|server\/|testing\/|i18n\/locales\/)/

const files = readdirSync(DIST, { recursive: true })
  .filter((file) => file.endsWith('.js'))
  .map((file) => relative(DIST, join(DIST, file)).split('\\').join('/'))

const wrong = []
let client = 0
for (const file of files) {
  const code = readFileSync(join(DIST, file), 'utf8')
  const has = DIRECTIVE.test(code)
  const needs = IMPORTS_REACT.test(code) || (REACT_LAYERS.test(file) && CALLS_HOOK.test(code))
  if (has) client++
  if (needs && !has) wrong.push(`${file}: holds React state, context or effects, no 'use client'`)
  if (has && SERVER_SAFE.test(file)) wrong.push(`${file}: must stay usable from server components`)
  if (has && !needs) wrong.push(`${file}: 'use client' without React in it`)
}
if (files.length === 0) wrong.push('no built modules in dist/: run `npm run build` first')
if (wrong.length > 0) {
  console.error(`✖ 'use client' directives:\n  ${wrong.join('\n  ')}`)
  process.exit(1)
}
console.log(
  `'use client' on ${client} of ${files.length} built modules; none in farol/core, farol/server, farol/testing or the entries`,
)
