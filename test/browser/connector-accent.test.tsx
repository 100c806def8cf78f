// The connector's brand colour becomes the accent only where it keeps contrast,
// and a host can keep its own accent with data-farol-connector-accent="off".
import { cleanup, render } from '@testing-library/react'
import { afterEach, expect, it } from 'vitest'
import '../../src/styles/farol.css'
import { ItemConnectionStatusView } from '../../src/components'
import { parseItem } from '../../src/core'

afterEach(() => cleanup())

const HOST_ACCENT = 'rgb(161, 24, 90)' // #a1185a
const item = (primaryColor: string) =>
  parseItem({
    id: 'a',
    status: 'OUTDATED',
    executionStatus: 'SITE_NOT_AVAILABLE',
    error: { code: 'SITE_NOT_AVAILABLE', message: '' },
    connector: { id: 1, name: 'Banco', primaryColor },
  })

function primaryButtonBackground(attributes: Record<string, string> = {}, color = '1a1a1a') {
  const { container } = render(
    <div style={{ ['--farol-accent' as string]: '#a1185a' }} {...attributes}>
      <ItemConnectionStatusView item={item(color)} onRetry={() => {}} />
    </div>,
  )
  const button = container.querySelector<HTMLElement>('[data-action="retry"]')!
  return getComputedStyle(button).backgroundColor
}

it('uses a connector colour that keeps contrast', () => {
  expect(primaryButtonBackground()).toBe('rgb(26, 26, 26)')
})

it('ignores a connector colour that would not keep contrast', () => {
  expect(primaryButtonBackground({}, 'ffff66')).toBe(HOST_ACCENT)
})

it('keeps the host accent when the host opts out', () => {
  expect(primaryButtonBackground({ 'data-farol-connector-accent': 'off' })).toBe(HOST_ACCENT)
})
