// Server rendering (Next.js App Router and the like): the HTML a server renders must
// hydrate in the browser without a mismatch, though the browser runs seconds or minutes
// later and in another time zone. Dates render as UTC text on the server and during
// hydration, then in the user's zone and relative to now; countdowns start after.
import { act } from '@testing-library/react'
import { hydrateRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { DeviceAuthorizationNotice, StatusBanner } from '../../../src/components'
import { describeItem, parseItem } from '../../../src/core'

const SERVER_TIME = new Date('2026-07-20T12:00:00.000Z')
const outdated = parseItem({
  id: 'ssr',
  status: 'OUTDATED',
  executionStatus: 'SITE_NOT_AVAILABLE',
  error: { code: 'SITE_NOT_AVAILABLE', message: 'Site unavailable' },
  connector: { id: 0, name: 'Pluggy Bank' },
  nextAutoSyncAt: '2026-07-20T13:00:00.000Z',
  updatedAt: '2026-07-20T11:59:00.000Z',
  lastUpdatedAt: '2026-07-20T11:59:00.000Z',
})

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval'] })
  vi.setSystemTime(SERVER_TIME)
})
afterEach(() => {
  vi.useRealTimers()
  document.body.innerHTML = ''
})

/** Renders on "the server", then hydrates `later` ms afterwards; returns what React reported. */
async function serverThenHydrate(element: React.ReactElement, later: number) {
  const html = renderToString(element)
  const container = document.createElement('div')
  container.innerHTML = html
  document.body.append(container)
  vi.setSystemTime(SERVER_TIME.getTime() + later)
  const reported: unknown[] = []
  const consoleError = vi.spyOn(console, 'error').mockImplementation((...args) => {
    reported.push(args)
  })
  await act(async () => {
    hydrateRoot(container, element, { onRecoverableError: (error) => reported.push(error) })
  })
  consoleError.mockRestore()
  return { html, container, reported }
}

it('prints dates the same on the server and in hydration, then relative to the clock', async () => {
  const element = <StatusBanner guidance={describeItem(outdated)} item={outdated} />
  const { html, container, reported } = await serverThenHydrate(element, 2 * 60_000)
  expect(html).toContain('às 13:00 UTC')
  expect(html).not.toMatch(/há \d+ minuto/)
  expect(reported).toEqual([])
  // After hydration: the browser's zone (the test runs in UTC) and "3 minutes ago".
  expect(container.textContent).toContain('às 13:00.')
  expect(container.textContent).toContain('Atualizado há 3 minutos')
})

it('starts a countdown only once hydrated', async () => {
  const element = (
    <DeviceAuthorizationNotice deviceNickname="Pluggy" expiresAt="2026-07-20T12:03:00.000Z" />
  )
  const { html, container, reported } = await serverThenHydrate(element, 10_000)
  expect(html).not.toMatch(/Você tem \d+:\d\d/)
  expect(reported).toEqual([])
  expect(container.textContent).toContain('Você tem 2:50 para autorizar.')
})

it("prints the same server HTML whatever the server's time zone, across midnight UTC", () => {
  // 23:30 UTC is 20:30 in São Paulo: the next attempt (00:30 UTC) is "tomorrow" in UTC only.
  vi.setSystemTime(new Date('2026-12-05T23:30:00.000Z'))
  const late = parseItem({
    ...outdated,
    nextAutoSyncAt: '2026-12-06T00:30:00.000Z',
    updatedAt: '2026-12-05T23:29:00.000Z',
    lastUpdatedAt: '2026-12-05T23:29:00.000Z',
  })
  const element = <StatusBanner guidance={describeItem(late)} item={late} />
  const zone = process.env.TZ
  const htmlIn = (timeZone: string) => {
    process.env.TZ = timeZone
    try {
      return renderToString(element)
    } finally {
      process.env.TZ = zone
      if (zone === undefined) delete process.env.TZ
    }
  }
  const utc = htmlIn('UTC')
  expect(htmlIn('America/Sao_Paulo')).toBe(utc)
  expect(htmlIn('Asia/Tokyo')).toBe(utc)
  expect(utc).toContain('06/12/2026')
})
