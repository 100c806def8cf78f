import { build } from 'esbuild'
import { brotliCompressSync } from 'node:zlib'
const entry = process.argv[2]
const r = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false, metafile: true, external: ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query', 'i18next'], logLevel: 'error', treeShaking: true })
const out = Object.values(r.metafile.outputs).find((o) => o.entryPoint || true)
const text = r.outputFiles[0].text
console.log('total min', text.length, 'brotli', brotliCompressSync(Buffer.from(text)).length)
const rows = Object.entries(out.inputs).map(([k, v]) => [v.bytesInOutput, k.replace('../wt-headless2/dist/', '').replace('/work/wt-headless2/dist/','')]).sort((a, b) => b[0] - a[0])
const groups = {}
for (const [b, k] of rows) { const g = k.split('/').slice(0, 2).join('/'); groups[g] = (groups[g] ?? 0) + b }
console.log(Object.entries(groups).sort((a,b)=>b[1]-a[1]).map(([k,v])=>`${v}\t${k}`).join('\n'))
console.log('---');console.log(rows.slice(0, 60).map(([b, k]) => `${b}\t${k}`).join('\n'))
