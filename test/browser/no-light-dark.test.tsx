// A browser without light-dark() (before Chrome 123, Firefox 120, Safari 17.5) still gets
// farol's colours: the light theme. Simulated in Chromium by renaming light-dark() in the
// stylesheet to a function no browser knows, which also makes the @supports test fail.
import { cleanup, render } from '@testing-library/react'
import { afterEach, expect, it } from 'vitest'
import css from '../../src/styles/farol.css?raw'
import { StatusBanner } from '../../src/components'
import { describeItem, parseItem } from '../../src/core'

const withoutLightDark = css.replaceAll('light-dark(', 'no-such-light-dark(')
const item = parseItem({
  id: 'a',
  status: 'LOGIN_ERROR',
  executionStatus: 'INVALID_CREDENTIALS',
  error: { code: 'INVALID_CREDENTIALS', message: '' },
  connector: { id: 1, name: 'Banco', primaryColor: '1a1a1a' },
})
const guidance = describeItem(item)

let style: HTMLStyleElement | undefined
afterEach(() => {
  cleanup()
  style?.remove()
})

function bannerColours(stylesheet: string, attributes: Record<string, unknown> = {}) {
  style = document.createElement('style')
  style.textContent = stylesheet
  document.head.append(style)
  const { container } = render(
    <div {...attributes}>
      <StatusBanner guidance={guidance} item={item} onAction={() => {}} />
    </div>,
  )
  const banner = container.querySelector<HTMLElement>('.farol-StatusBanner')!
  const button = container.querySelector<HTMLElement>('[data-variant="primary"]')!
  return {
    background: getComputedStyle(banner).backgroundColor,
    text: getComputedStyle(banner).color,
    button: getComputedStyle(button).backgroundColor,
  }
}

it('gives the light theme, as a browser with light-dark() shows it', () => {
  const modern = bannerColours(css, { 'data-farol-theme': 'light' })
  cleanup()
  style?.remove()
  const old = bannerColours(withoutLightDark, { 'data-farol-theme': 'dark' })
  expect(old).toEqual(modern)
  expect(old.background).toBe('rgb(254, 243, 242)') // --farol-danger-bg, light
  expect(old.button).toBe('rgb(26, 26, 26)') // the connector's colour
})

it('would lose every colour without the fallback', () => {
  const start = withoutLightDark.indexOf('@supports not')
  const end = withoutLightDark.indexOf('\n  }\n', start) + 4
  const old = bannerColours(withoutLightDark.slice(0, start) + withoutLightDark.slice(end))
  expect(old.background).toBe('rgba(0, 0, 0, 0)')
})

it('keeps the host accent when the host opts out', () => {
  const hostAccent = {
    'data-farol-connector-accent': 'off',
    style: { '--farol-accent': '#a1185a' },
  }
  expect(bannerColours(withoutLightDark, hostAccent).button).toBe('rgb(161, 24, 90)')
})
