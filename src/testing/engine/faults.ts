import type { Prng } from './prng'

/** Misbehaviour to inject into API responses (never into `/__sandbox` control routes). */
export interface FaultOptions {
  /** Extra wall-clock delay before the answer. */
  latencyMs?: number
  /** Share of requests, 0–1, that fail with a 5xx (drawn from the seeded PRNG). */
  errorRate?: number
  /** The status of those failures. Default 500. */
  errorStatus?: number
  /** Answer with a truncated JSON body. */
  malformedJson?: boolean
  /** Drop the connection without answering. */
  dropConnection?: boolean
  /** Requests per minute per endpoint, for every endpoint. */
  rateLimit?: number
  /** Only requests whose `METHOD /path` contains this text or matches this pattern. */
  match?: string | RegExp
  /** Only the next `times` matching requests. */
  times?: number
}

export interface FaultVerdict {
  drop: boolean
  errorStatus: number | null
  malformed: boolean
  latencyMs: number
  rateLimit: number | null
}

export function createFaults(prng: Prng) {
  let active: Array<FaultOptions & { left: number }> = []
  return {
    add(fault: FaultOptions): () => void {
      const entry = { ...fault, left: fault.times ?? Infinity }
      active.push(entry)
      return () => {
        active = active.filter((f) => f !== entry)
      }
    },
    clear() {
      active = []
    },
    list: (): FaultOptions[] => active.map(({ left: _left, ...fault }) => fault),
    /** What applies to this request; consumes one use of each matching fault. */
    evaluate(signature: string): FaultVerdict {
      const verdict: FaultVerdict = {
        drop: false,
        errorStatus: null,
        malformed: false,
        latencyMs: 0,
        rateLimit: null,
      }
      for (const fault of active) {
        if (fault.left <= 0) continue
        const { match } = fault
        if (match !== undefined) {
          const hit = typeof match === 'string' ? signature.includes(match) : match.test(signature)
          if (!hit) continue
        }
        fault.left -= 1
        if (fault.dropConnection) verdict.drop = true
        if (fault.malformedJson) verdict.malformed = true
        if (fault.latencyMs) verdict.latencyMs += Math.max(0, fault.latencyMs)
        if (fault.rateLimit !== undefined) {
          verdict.rateLimit = Math.min(verdict.rateLimit ?? Infinity, fault.rateLimit)
        }
        if (fault.errorRate && prng.next() < fault.errorRate) {
          verdict.errorStatus = fault.errorStatus ?? 500
        }
      }
      active = active.filter((f) => f.left > 0)
      return verdict
    },
  }
}

export type Faults = ReturnType<typeof createFaults>
