// Shared by the sandbox tests (node and jsdom projects). Not a test file.
import { expect } from 'vitest'
import {
  createManualClock,
  createSandbox,
  SANDBOX_API_KEY,
  type Sandbox,
  type SandboxOptions,
} from '../../src/testing'
import type { Item } from '../../src/core'

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/

export const ITEM_KEYS = [
  'id',
  'connector',
  'status',
  'executionStatus',
  'error',
  'statusDetail',
  'parameter',
  'userAction',
  'createdAt',
  'updatedAt',
  'lastUpdatedAt',
  'webhookUrl',
  'clientUserId',
  'consecutiveFailedLoginAttempts',
  'nextAutoSyncAt',
  'autoSyncDisabledAt',
  'consentExpiresAt',
  'products',
  'oauthRedirectUri',
]

export const STATUS_DETAIL_KEYS = [
  'accounts',
  'creditCards',
  'transactions',
  'investments',
  'investmentTransactions',
  'identity',
  'paymentData',
  'loans',
  'accountStatements',
]

export const IN_PROGRESS = new Set(['UPDATING', 'MERGING'])

export function testSandbox(options: SandboxOptions = {}) {
  const clock = createManualClock()
  const sandbox = createSandbox({ clock, ...options })
  const api = (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => sandbox.handle({ method, path, body, headers: { 'X-API-KEY': SANDBOX_API_KEY, ...headers } })
  return { clock, sandbox, api }
}

/** Advances one step at a time until the item leaves UPDATING; returns the statuses seen. */
export function runToRest(sandbox: Sandbox, itemId: string, maxSteps = 50) {
  const seen: string[] = []
  let item = sandbox.getItem(itemId) as Item
  for (let i = 0; i < maxSteps && IN_PROGRESS.has(item.status); i++) {
    seen.push(String(item.executionStatus))
    sandbox.advance(sandbox.settings.stepMs)
    item = sandbox.getItem(itemId) as Item
  }
  return { item, seen }
}

/** The item looks like Pluggy's JSON: every field, ISO date strings, a full connector. */
export function expectWireItem(item: unknown) {
  const record = item as Record<string, unknown>
  expect(Object.keys(record).sort()).toEqual([...ITEM_KEYS].sort())
  for (const key of ['createdAt', 'updatedAt']) expect(record[key]).toMatch(ISO_DATE)
  for (const key of ['lastUpdatedAt', 'nextAutoSyncAt', 'autoSyncDisabledAt', 'consentExpiresAt']) {
    if (record[key] !== null) expect(record[key]).toMatch(ISO_DATE)
  }
  const connector = record.connector as Record<string, unknown>
  for (const key of [
    'id',
    'name',
    'imageUrl',
    'primaryColor',
    'credentials',
    'health',
    'products',
  ]) {
    expect(connector).toHaveProperty(key)
  }
  expect(connector.primaryColor).toMatch(/^[0-9a-f]{6}$/)
  const detail = record.statusDetail as Record<string, unknown> | null
  if (detail !== null) expect(Object.keys(detail).sort()).toEqual([...STATUS_DETAIL_KEYS].sort())
}
