/**
 * Connector `validation` regexes are written for Pluggy's server. Some use
 * syntax JS lacks; a regex farol cannot read faithfully is skipped (the
 * server still validates), never a crash and never a false "invalid".
 */
const cache = new Map<string, RegExp | null>()
const MAX_CACHED = 256

// Letter escapes JS knows; any other (\A, \Z, \z, \h, \R, \Q…) would silently
// compile to a literal letter outside unicode mode.
const JS_LETTER_ESCAPES = new Set('bBcdDfknpPrsStuvwWx')
const POSIX_CLASS = /\[:[a-z]+:\]/

function usesForeignSyntax(source: string): boolean {
  if (POSIX_CLASS.test(source)) return true
  // Left to right, so `\\A` (an escaped backslash, then A) is not an escape of A.
  for (const [, char = ''] of source.matchAll(/\\(.)/gs)) {
    if (/[a-z]/i.test(char) && !JS_LETTER_ESCAPES.has(char)) return true
  }
  return false
}

function compile(source: string): RegExp | null {
  if (usesForeignSyntax(source)) return null
  try {
    return new RegExp(source, 'u')
  } catch {
    // Legacy (non-unicode) syntax such as `\-` outside a class.
  }
  try {
    return new RegExp(source)
  } catch {
    // `(?i)`, possessive `a++`, atomic `(?>…)`, or just broken.
    return null
  }
}

/** The compiled `validation`, or `null` when it cannot be used. Cached. */
export function compilePattern(source: string): RegExp | null {
  const cached = cache.get(source)
  if (cached !== undefined) return cached
  const regex = compile(source)
  if (cache.size >= MAX_CACHED) cache.clear()
  cache.set(source, regex)
  return regex
}
