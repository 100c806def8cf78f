// The colours a host's users see: every tone of StatusBanner in every theme, read from
// computed styles in Chromium, so builds can be compared with each other and with the
// theme's own values.
import { brazilianPage, watchProblems } from './browser.mjs'
import { StepError } from './process.mjs'

const TONES = ['success', 'info', 'warning', 'danger', 'neutral']
const rgb = (hex) => {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16))
  return `rgb(${r}, ${g}, ${b})`
}

/**
 * What a correct build shows (farol.css tokens, the host's override, the connector
 * accent rules): guards against every build being equally broken.
 */
export const EXPECTED = {
  'light:os/danger': { background: rgb('#fef3f2'), border: rgb('#f0877d') },
  'dark:os/danger': { background: rgb('#3a1515'), border: rgb('#c2473d') },
  'dark:light/danger': { background: rgb('#fef3f2') },
  'light:dark/danger': { background: rgb('#3a1515'), headline: rgb('#ffaaa3') },
  'light:dark/success': { background: rgb('#0e2a1d') },
  'light:host-dark/danger': { background: rgb('#4a0d2a') },
  'light:host-dark/success': { background: rgb('#0e2a1d') },
  'light:accent-light/button': { background: rgb('#1a1a1a') },
  'light:accent-dark/button': { background: rgb('#a3e635') },
  'light:accent-dark-unreadable/button': { background: rgb('#8cc2ff') },
  'light:accent-off/button': { background: rgb('#8cc2ff') },
}

function readPage() {
  const colours = {}
  const style = (element) => (element ? getComputedStyle(element) : undefined)
  for (const section of document.querySelectorAll('[data-case]')) {
    const name = section.dataset.case
    for (const banner of section.querySelectorAll('.farol-StatusBanner')) {
      colours[`${name}/${banner.dataset.tone}`] = {
        background: style(banner).backgroundColor,
        border: style(banner).borderTopColor,
        text: style(banner).color,
        headline: style(banner.querySelector('.farol-StatusBanner-headline'))?.color,
      }
    }
    const button = section.querySelector('.farol-Button[data-variant="primary"]')
    if (button) {
      colours[`${name}/button`] = {
        background: style(button).backgroundColor,
        text: style(button).color,
      }
    }
  }
  return colours
}

/**
 * Opens `url` with the OS in light and then in dark mode; returns the colours keyed
 * `scheme:case/tone`, and every console error, warning or page error on the way.
 */
export async function readColours(browser, url) {
  const { context, page } = await brazilianPage(browser)
  const problems = watchProblems(page)
  const colours = {}
  try {
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto(url)
      await page.locator('[data-case="accent-off"] .farol-Button').waitFor({ timeout: 30_000 })
      for (const [key, value] of Object.entries(await page.evaluate(readPage))) {
        colours[`${scheme}:${key}`] = value
      }
    }
  } finally {
    await context.close()
  }
  return { colours, problems }
}

/** Every case shows all five tones, and the values a correct theme gives. */
export function checkColours(colours, label) {
  const wrong = []
  for (const scheme of ['light', 'dark']) {
    for (const name of ['os', 'light', 'dark', 'host-dark']) {
      for (const tone of TONES) {
        if (!colours[`${scheme}:${name}/${tone}`]) wrong.push(`${scheme}:${name}/${tone} missing`)
      }
    }
  }
  for (const [key, expected] of Object.entries(EXPECTED)) {
    for (const [property, value] of Object.entries(expected)) {
      const actual = colours[key]?.[property]
      if (actual !== value) wrong.push(`${key} ${property}: ${actual}, expected ${value}`)
    }
  }
  if (wrong.length > 0) throw new StepError(`${label}: wrong colours\n  ${wrong.join('\n  ')}`)
}

/** The same colours, value for value, as the reference build (the dev server). */
export function compareColours(reference, colours, label) {
  const keys = new Set([...Object.keys(reference), ...Object.keys(colours)])
  const differences = []
  for (const key of keys) {
    const [a, b] = [JSON.stringify(reference[key]), JSON.stringify(colours[key])]
    if (a !== b) differences.push(`${key}: dev ${a}, ${label} ${b}`)
  }
  if (differences.length > 0) {
    throw new StepError(
      `${label} shows other colours than the dev server (${differences.length}):\n  ${differences.slice(0, 12).join('\n  ')}`,
    )
  }
}

/** A one-line summary of a danger banner in light and dark, for the logs and the note. */
export function dangerSummary(colours) {
  const pick = (key) => colours[key] ?? {}
  const one = (key) =>
    `bg ${pick(key).background}, border ${pick(key).border}, headline ${pick(key).headline}`
  return `danger light: ${one('light:os/danger')} | dark: ${one('dark:os/danger')}`
}
