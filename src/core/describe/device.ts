import type { Item } from '../model'
import { isObject } from './guards'

/**
 * The device name to authorize at the bank. Its place has moved over time:
 * `error.attributes` (today), legacy `error.metadata` (`parseItem` merges it into
 * attributes, but pluggy-sdk-shaped input may still carry it), `userAction.attributes`.
 */
export function deviceNicknameOf(item: Item): string | undefined {
  const legacy = (item.error as { metadata?: Record<string, unknown> } | null | undefined)?.metadata
  for (const source of [item.error?.attributes, legacy, item.userAction?.attributes]) {
    const value = isObject(source) ? source.deviceNickname : undefined
    if (typeof value === 'string' && value.trim()) return value
  }
  return undefined
}
