/**
 * A clock and timer queue that move only when told to: React Query's timers
 * (through its `timeoutManager`), the sandbox, `Date.now` and the naive
 * pollers all read it, so every run makes the same requests at the same
 * simulated moments.
 */
export class VirtualTime {
  now: number
  readonly #timers = new Map<number, { at: number; every?: number; callback: () => void }>()
  #nextId = 1

  constructor(start: number) {
    this.now = start
  }

  /** Drops every pending timer and sets the clock (between runs). */
  reset(now: number): void {
    this.#timers.clear()
    this.now = now
  }

  setTimeout = (callback: () => void, delay = 0): number => this.#add(callback, delay)
  setInterval = (callback: () => void, delay = 0): number =>
    this.#add(callback, delay, Math.max(1, delay))
  clear = (id: unknown): void => {
    if (typeof id === 'number') this.#timers.delete(id)
  }

  #add(callback: () => void, delay: number, every?: number): number {
    const id = this.#nextId++
    const wait = Number.isFinite(delay) ? Math.max(0, delay) : 0
    this.#timers.set(id, { at: this.now + wait, every, callback })
    return id
  }

  /** Runs every timer due within `ms`, in order, letting `settle` flush work after each. */
  async advance(ms: number, settle: () => Promise<void>): Promise<void> {
    const end = this.now + ms
    for (;;) {
      let dueId: number | undefined
      let dueAt = Infinity
      for (const [id, timer] of this.#timers) {
        if (timer.at <= end && timer.at < dueAt) {
          dueAt = timer.at
          dueId = id
        }
      }
      if (dueId === undefined) break
      const timer = this.#timers.get(dueId)!
      this.now = Math.max(this.now, timer.at)
      if (timer.every === undefined) this.#timers.delete(dueId)
      else timer.at += timer.every
      timer.callback()
      await settle()
    }
    this.now = end
    await settle()
  }
}
