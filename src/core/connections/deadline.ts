import type { GuidedAction, ItemGuidance } from '../model'

/** What expires: an MFA answer, a device authorization, a user action, Open Finance consent. */
export type DeadlineKind = 'mfa' | 'device' | 'user-action' | 'consent'

export interface ConnectionDeadline {
  itemId: string
  kind: DeadlineKind
  /** ISO 8601. */
  at: string
}

function deadlineOfAction(action: GuidedAction): { kind: DeadlineKind; at: unknown } | undefined {
  switch (action.type) {
    case 'provide-mfa':
      return { kind: 'mfa', at: action.expiresAt }
    case 'authorize-device':
      return { kind: 'device', at: action.expiresAt }
    case 'complete-user-action':
      return { kind: 'user-action', at: action.expiresAt }
    case 'renew-consent':
      return { kind: 'consent', at: action.consentExpiresAt }
    default:
      return undefined
  }
}

/** The earliest deadline among the guidance's actions that is not past at `now`. */
export function deadlineOf(
  itemId: string,
  guidance: ItemGuidance | undefined,
  now: Date,
): ConnectionDeadline | undefined {
  let best: ConnectionDeadline | undefined
  let bestMs = Infinity
  for (const action of Array.isArray(guidance?.actions) ? guidance.actions : []) {
    const found = action && deadlineOfAction(action)
    if (!found || typeof found.at !== 'string') continue
    const ms = Date.parse(found.at)
    if (!Number.isFinite(ms) || ms < now.getTime() || ms >= bestMs) continue
    bestMs = ms
    best = { itemId, kind: found.kind, at: new Date(ms).toISOString() }
  }
  return best
}
