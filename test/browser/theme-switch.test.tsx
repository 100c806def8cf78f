// Light and dark in Chromium, from the stylesheet as shipped: the theme follows the
// nearest data-farol-theme, nested either way; the connector accent takes that theme's
// side; a host's overrides win where they are set. (The same colours in hosts' production
// builds are checked by scripts/consumer-test.mjs.)
import { cleanup, render } from '@testing-library/react'
import type { CSSProperties, ReactNode } from 'react'
import { afterEach, expect, it } from 'vitest'
import '../../src/styles/farol.css'
import { StatusBanner } from '../../src/components'
import { describeItem, parseItem } from '../../src/core'

afterEach(() => cleanup())

const item = (primaryColor: string) =>
  parseItem({
    id: 'a',
    status: 'LOGIN_ERROR',
    executionStatus: 'INVALID_CREDENTIALS',
    error: { code: 'INVALID_CREDENTIALS', message: '' },
    connector: { id: 1, name: 'Banco', primaryColor },
  })

function colours(wrap: (banner: ReactNode) => ReactNode, primaryColor = '1a1a1a') {
  const { container } = render(
    wrap(
      <StatusBanner
        guidance={describeItem(item(primaryColor))}
        item={item(primaryColor)}
        onAction={() => {}}
      />,
    ),
  )
  const banner = container.querySelector<HTMLElement>('.farol-StatusBanner')!
  const button = container.querySelector<HTMLElement>('[data-variant="primary"]')!
  return {
    background: getComputedStyle(banner).backgroundColor,
    text: getComputedStyle(banner.querySelector('h2')!).color,
    button: getComputedStyle(button).backgroundColor,
    scheme: getComputedStyle(banner).colorScheme,
  }
}

const LIGHT_DANGER = 'rgb(254, 243, 242)' // --farol-danger-bg, light
const DARK_DANGER = 'rgb(58, 21, 21)' // --farol-danger-bg, dark

it('follows the nearest data-farol-theme, nested either way', () => {
  const light = colours((banner) => <div data-farol-theme="light">{banner}</div>)
  expect(light).toMatchObject({ background: LIGHT_DANGER, text: 'rgb(180, 35, 24)' })
  expect(light.scheme).toBe('light')
  const dark = colours((banner) => <div data-farol-theme="dark">{banner}</div>)
  expect(dark).toMatchObject({ background: DARK_DANGER, text: 'rgb(255, 170, 163)' })
  expect(dark.scheme).toBe('dark')
  cleanup()
  const darkInLight = colours((banner) => (
    <div data-farol-theme="light">
      <div data-farol-theme="dark">{banner}</div>
    </div>
  ))
  expect(darkInLight).toEqual(dark)
  cleanup()
  const lightInDark = colours((banner) => (
    <div data-farol-theme="dark">
      <div data-farol-theme="light">{banner}</div>
    </div>
  ))
  expect(lightInDark).toEqual(light)
})

it("gives the connector accent of the banner's own theme", () => {
  // a3e635 keeps 4.5:1 on the dark backgrounds only, 1a1a1a on the light ones only.
  const inDark = (color: string) =>
    colours(
      (banner) => (
        <div data-farol-theme="light">
          <div data-farol-theme="dark">{banner}</div>
        </div>
      ),
      color,
    ).button
  expect(inDark('a3e635')).toBe('rgb(163, 230, 53)')
  cleanup()
  expect(inDark('1a1a1a')).toBe('rgb(140, 194, 255)') // farol's dark accent
  cleanup()
  const inLight = colours((banner) => <div data-farol-theme="light">{banner}</div>, 'a3e635')
  expect(inLight.button).toBe('rgb(11, 92, 173)') // farol's light accent
})

it('lets a host override win on the themed element, inside it, and keep its accent', () => {
  const override = { '--farol-danger-bg': '#4a0d2a', '--farol-accent': '#f0abfc' } as CSSProperties
  const onTheme = colours((banner) => (
    <div data-farol-theme="dark" data-farol-connector-accent="off" style={override}>
      {banner}
    </div>
  ))
  expect(onTheme).toMatchObject({ background: 'rgb(74, 13, 42)', button: 'rgb(240, 171, 252)' })
  cleanup()
  const inside = colours((banner) => (
    <div data-farol-theme="dark">
      <div style={override}>{banner}</div>
    </div>
  ))
  expect(inside.background).toBe('rgb(74, 13, 42)')
  // The other tokens keep the theme's values.
  expect(inside.text).toBe('rgb(255, 170, 163)')
})
