// Why a size-limit check weighs what it does: bundles each check of .size-limit.json as
// @size-limit/esbuild does (bundle, minify, `ignore` external) and lists what the
// minified output is made of, by folder. Diagnostic only; the budgets are checked by
// `npx size-limit` (in `npm test`). Run after `npm run build`.
//   node scripts/size-why.mjs [part of a check's name]   e.g. describeItem
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { brotliCompressSync } from 'node:zlib'
import { build } from 'esbuild'

const filter = process.argv[2]?.toLowerCase()
const checks = JSON.parse(readFileSync('.size-limit.json', 'utf8')).filter(
  (check) => !filter || check.name.toLowerCase().includes(filter),
)
const dir = mkdtempSync(join(tmpdir(), 'farol-size-why-'))
const kb = (bytes) => `${(bytes / 1000).toFixed(2)} kB`

try {
  for (const check of checks) {
    const paths = [check.path].flat().map((path) => resolve(path))
    const path = paths[0]
    let entry = path
    if (paths.length > 1) {
      entry = join(dir, 'entry.js')
      const lines = paths.map(
        (file, index) => `export { default as part${index} } from ${JSON.stringify(file)}\n`,
      )
      writeFileSync(entry, lines.join(''))
    } else if (check.import) {
      entry = join(dir, 'entry.js')
      const list = check.import === '*' ? 'all' : check.import.replace(/[{}]/g, '').trim()
      const what = check.import === '*' ? '* as all' : check.import
      writeFileSync(entry, `import ${what} from ${JSON.stringify(path)}\nconsole.log(${list})\n`)
    }
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      treeShaking: true,
      write: false,
      metafile: true,
      outdir: join(dir, 'out'),
      external: check.ignore ?? [],
      logLevel: 'silent',
    })
    const output = result.outputFiles[0].contents
    const inputs = Object.values(result.metafile.outputs)[0].inputs
    console.log(
      `\n${check.name}: ${kb(output.length)} minified, ${kb(brotliCompressSync(output).length)} brotli`,
    )
    const groups = new Map()
    for (const [file, { bytesInOutput }] of Object.entries(inputs)) {
      if (bytesInOutput === 0 || resolve(file) === entry) continue
      const name = relative(process.cwd(), resolve(file))
      const group = name.includes('node_modules/')
        ? name.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*$/, '$1')
        : name.split('/').slice(0, -1).join('/') || `${name} (the namespace object of import *)`
      groups.set(group, (groups.get(group) ?? 0) + bytesInOutput)
    }
    for (const [group, bytes] of [...groups].sort((a, b) => b[1] - a[1])) {
      const share = ((bytes / output.length) * 100).toFixed(0).padStart(3)
      console.log(`  ${String(bytes).padStart(7)} B ${share}%  ${group}`)
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
