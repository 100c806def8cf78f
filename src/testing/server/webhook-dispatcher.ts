import type { Sandbox } from '../engine/sandbox-types'
import type { WebhookDelivery } from '../engine/webhooks'

export interface WebhookDispatchOptions {
  /** How often item transitions are looked for, ms. Default 25. */
  intervalMs?: number
  /** Waits before the 2nd, 3rd… attempt of a failed delivery. Default `[250, 1000]` (3 attempts). */
  retryDelaysMs?: readonly number[]
  /** A receiver slower than this failed (Pluggy: 10 s). Default 5000. */
  timeoutMs?: number
}

/** One attempt at one delivery, as `SandboxServer.webhookAttempts()` lists them. */
export interface WebhookAttempt {
  eventId: string
  event: string
  itemId: string
  url: string
  attempt: number
  /** The receiver's status; 0: unreachable or too slow. */
  status: number
}

const MAX_ATTEMPTS_LOG = 5000

/**
 * Delivers the sandbox's webhooks over HTTP as Pluggy does: a POST with the
 * registration's headers; a failure is tried again, a 401 never is.
 */
export function startWebhookDispatcher(sandbox: Sandbox, options: WebhookDispatchOptions = {}) {
  const retryDelays = options.retryDelaysMs ?? [250, 1000]
  const timeoutMs = options.timeoutMs ?? 5000
  const timers = new Set<ReturnType<typeof setTimeout>>()
  const inFlight = new Set<AbortController>()
  let attempts: WebhookAttempt[] = []
  let stopped = false

  async function send(delivery: WebhookDelivery, attempt: number): Promise<void> {
    const controller = new AbortController()
    inFlight.add(controller)
    const timer = setTimeout(() => controller.abort(), timeoutMs)
    let status = 0
    try {
      const response = await fetch(delivery.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...delivery.headers },
        body: JSON.stringify(delivery.payload),
        signal: controller.signal,
      })
      status = response.status
      await response.body?.cancel()
    } catch {
      // Unreachable or too slow: status stays 0.
    } finally {
      clearTimeout(timer)
      inFlight.delete(controller)
    }
    if (stopped) return
    const { eventId, event, itemId } = delivery.payload
    attempts.push({ eventId, event, itemId, url: delivery.url, attempt, status })
    if (attempts.length > MAX_ATTEMPTS_LOG) attempts = attempts.slice(-MAX_ATTEMPTS_LOG)
    const delivered = status >= 200 && status < 300
    // Pluggy does not retry a 401: the receiver said the secret is wrong.
    if (delivered || status === 401) return
    const wait = retryDelays[attempt - 1]
    if (wait === undefined) return
    const retry = setTimeout(() => {
      timers.delete(retry)
      void send(delivery, attempt + 1)
    }, wait)
    timers.add(retry)
  }

  const tick = setInterval(() => {
    for (const delivery of sandbox.takeWebhookDeliveries()) void send(delivery, 1)
  }, options.intervalMs ?? 25)
  ;(tick as { unref?: () => void }).unref?.()

  return {
    attempts: () => [...attempts],
    stop() {
      stopped = true
      clearInterval(tick)
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
      for (const controller of inFlight) controller.abort()
    },
  }
}
