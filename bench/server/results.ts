// Merges one bench's figures into bench/results.json under its own key.
import { readFileSync, writeFileSync } from 'node:fs'

export function mergeResults(key: string, value: unknown): void {
  const url = new URL('../results.json', import.meta.url)
  let results: Record<string, unknown>
  try {
    results = JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>
  } catch {
    results = {}
  }
  const server = (results.server ?? {}) as Record<string, unknown>
  server[key] = value
  results.server = server
  writeFileSync(url, `${JSON.stringify(results, null, 2)}\n`)
}

/** The value at quantile `q` (0–1) of `values`, rounded to 0.01. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return Math.round((sorted[at] ?? NaN) * 100) / 100
}
