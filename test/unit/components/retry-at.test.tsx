// After a refused update (409 too-frequent, 429), the retry button comes back
// exactly when it is allowed, and the time shown is never earlier than that.
import { act, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { describeItem, parseItem, type ItemGuidance } from '../../../src/core'
import { StatusBanner } from '../../../src/components'

const START = new Date('2026-07-20T12:00:10.000Z')

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
  })
  vi.setSystemTime(START)
})
afterEach(() => vi.useRealTimers())

function refused(notBefore: Date): ItemGuidance {
  const guidance = describeItem(
    parseItem({ id: 'a', status: 'OUTDATED', error: { code: 'SITE_NOT_AVAILABLE', message: '' } }),
  )
  return { ...guidance, actions: [{ type: 'retry', notBefore: notBefore.toISOString() }] }
}

it('re-enables the retry button at notBefore, not at the next 30 s tick', () => {
  const onAction = vi.fn()
  const notBefore = new Date(START.getTime() + 7_000)
  render(<StatusBanner guidance={refused(notBefore)} onAction={onAction} />)
  const button = screen.getByRole('button', { name: 'Tentar novamente' })
  expect(button).toHaveAttribute('aria-disabled', 'true')
  expect(button).toHaveAccessibleDescription(/Você pode tentar de novo às/)
  fireEvent.click(button)
  expect(onAction).not.toHaveBeenCalled()

  act(() => vi.advanceTimersByTime(7_100))
  expect(button).not.toHaveAttribute('aria-disabled')
  fireEvent.click(button)
  expect(onAction).toHaveBeenCalledWith({ type: 'retry', notBefore: notBefore.toISOString() })
})

it('rounds the allowed time up to the minute it is shown in', () => {
  const notBefore = new Date('2026-07-20T12:19:40.000Z')
  render(<StatusBanner guidance={refused(notBefore)} onAction={() => {}} />)
  const expected = new Intl.DateTimeFormat('pt-BR', { timeStyle: 'short' }).format(
    new Date('2026-07-20T12:20:00.000Z'),
  )
  expect(screen.getByText(new RegExp(`às ${expected}`))).toBeInTheDocument()
})
