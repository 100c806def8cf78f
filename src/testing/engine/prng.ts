/** mulberry32: small, fast, seeded. All sandbox randomness comes from here. */
export interface Prng {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [0, max). */
  int(max: number): number
}

export function createPrng(seed: number): Prng {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return { next, int: (max) => Math.floor(next() * max) }
}

const HEX = '0123456789abcdef'

/** A version-4-shaped UUID drawn from the PRNG. */
export function uuidFrom(prng: Prng): string {
  let out = ''
  for (let i = 0; i < 32; i++) {
    let digit = prng.int(16)
    if (i === 12) digit = 4
    if (i === 16) digit = 8 + (digit & 3)
    out += HEX[digit]
    if (i === 7 || i === 11 || i === 15 || i === 19) out += '-'
  }
  return out
}
