// End-to-end: the "Minhas contas" demo in Chromium against the sandbox over real HTTP.
// Each journey is what a user does and sees; the sandbox's control routes play the
// bank (approve a device) and the API gateway (a 429). Screenshots: test-results/e2e.
import type { Locator, Page } from 'playwright'
import { describe, expect, it } from 'vitest'
import type { DemoConnectionKey } from '../../examples/minhas-contas/demo-connections'
import {
  SANDBOX_API_KEY,
  SANDBOX_CREDENTIALS,
  SANDBOX_MFA_TOKEN,
  type RequestLogEntry,
} from '../../src/testing'
import { SHOTS, shoot, STATE_TIMEOUT, setUpDemoInChromium } from './demo-harness'

const harness = setUpDemoInChromium()
const openDemo = harness.openDemo
const demo = () => harness.demo

const itemIdOf = (key: DemoConnectionKey) => {
  const found = demo().config.connections.find((connection) => connection.key === key)
  if (!found) throw new Error(`No demo connection ${key}`)
  return found.itemId
}

/** The sandbox's control API over HTTP, as a separate test process would use it. */
async function control<T>(path: string, body: unknown = {}, method = 'POST'): Promise<T> {
  const response = await fetch(`${demo().sandbox.url}/__sandbox${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: method === 'GET' ? undefined : JSON.stringify(body),
  })
  expect(response.status, `${method} /__sandbox${path}`).toBe(200)
  return (await response.json()) as T
}

/** The connection's row in the page's `ConnectionList` (rows move as their urgency changes). */
const row = (page: Page, key: DemoConnectionKey) =>
  page.locator(`.farol-ConnectionList-row[data-item-id="${itemIdOf(key)}"]`)

/** Opens the connection's row, as a user clicks it, and returns the row. */
async function openRow(page: Page, key: DemoConnectionKey): Promise<Locator> {
  const connection = row(page, key)
  const toggle = connection.locator('.farol-ConnectionList-toggle')
  await toggle.waitFor({ timeout: STATE_TIMEOUT })
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
  await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true')
  return connection
}

/** Waits until the connection shows `phase` (and `reason`), then returns its status element. */
async function status(page: Page, key: DemoConnectionKey, phase: string, reason?: string) {
  const selector = `.farol-ItemConnectionStatus[data-phase="${phase}"]${reason ? `[data-reason="${reason}"]` : ''}`
  const element = row(page, key).locator(selector)
  await element.waitFor({ timeout: STATE_TIMEOUT })
  return element
}

const headline = (status: Locator) => status.locator('.farol-StatusBanner-headline')

describe('Minhas contas (demo) in Chromium', () => {
  it('login error → new credentials → MFA code → connected', async () => {
    const page = await openDemo()
    const connection = await openRow(page, 'digital')

    const loginError = await status(page, 'digital', 'login-error', 'invalid-credentials')
    await expect(headline(loginError).textContent()).resolves.toBe(
      'Não conseguimos entrar na sua conta',
    )
    // The institution's own words, verbatim.
    await loginError.getByText('Usuário ou senha inválidos.').waitFor()
    await shoot(connection, '01-login-error')
    // The header's summary: this login and the device to authorize need the user.
    const summary = page.locator('.mc-header .farol-ConnectionsSummary')
    await summary.getByText('2 conexões precisam de você').waitFor({ timeout: STATE_TIMEOUT })
    await expect(summary.getAttribute('href')).resolves.toBe('#contas')

    await connection.getByLabel('Usuário').fill(SANDBOX_CREDENTIALS.user)
    await connection.getByLabel('Senha', { exact: true }).fill(SANDBOX_CREDENTIALS.password)
    await connection.getByRole('button', { name: 'Conectar' }).click()

    const mfa = await status(page, 'digital', 'waiting-user', 'mfa')
    await expect(headline(mfa).textContent()).resolves.toBe(
      'O banco pediu um código de verificação',
    )
    const token = connection.getByLabel('Token')
    await token.waitFor()
    await expect(token.getAttribute('autocomplete')).resolves.toBe('one-time-code')
    await shoot(connection, '02-mfa')

    await token.fill(SANDBOX_MFA_TOKEN)
    await connection.getByRole('button', { name: 'Enviar' }).click()

    const ready = await status(page, 'digital', 'ready')
    await expect(headline(ready).textContent()).resolves.toBe('Conexão em dia')
    // The host now reads the products farol says it may fetch.
    await connection.getByText(/Dados em dia no ipê: contas/).waitFor()
    await shoot(connection, '03-login-fixed')
    // Only the device authorization is left for the user.
    await summary.getByText('1 conexão precisa de você').waitFor({ timeout: STATE_TIMEOUT })
  })

  it('device authorization: approved at the bank while the page polls → connected', async () => {
    const page = await openDemo()
    const connection = await openRow(page, 'salary')

    const pending = await status(page, 'salary', 'waiting-user', 'device-authorization')
    await expect(headline(pending).textContent()).resolves.toBe('Autorize o acesso no seu banco')
    // The device name the user looks for in the bank app.
    await connection.getByText('123456789', { exact: true }).waitFor()
    await connection.getByText('Estamos verificando automaticamente…').waitFor()
    await shoot(connection, '04-device-authorization')

    // The user approves in the bank app; nobody touches the page.
    await control(`/approve-device/${itemIdOf('salary')}`)

    const ready = await status(page, 'salary', 'ready')
    await expect(headline(ready).textContent()).resolves.toBe('Conexão em dia')
    await shoot(connection, '05-device-approved')
  })

  it('partial success: the failed product, its warning and the institution message', async () => {
    const page = await openDemo()
    const connection = await openRow(page, 'investments')

    const partial = await status(page, 'investments', 'partial', 'partial-success')
    await expect(headline(partial).textContent()).resolves.toBe(
      'Alguns dados não foram atualizados',
    )
    const warning = connection.locator('.farol-ProductWarningList-warning')
    await warning.getByText('Sua conta não tem acesso aos títulos do Tesouro Direto.').waitFor()
    // XP's message, verbatim and marked as Portuguese.
    const bankMessage = warning.locator('[lang="pt-BR"]')
    await expect(bankMessage.textContent()).resolves.toMatch(
      /^A Conta não está habilitada para operar no Tesouro Direto pois já existe outra conta XP Inc/,
    )
    // What still arrived is what the host may read.
    await connection.getByText(/Dados em dia no ipê: movimentações de investimentos/).waitFor()
    await shoot(connection, '06-partial-success')
  })

  it('retry under 429: says when to try again, does not crash, and works later', async () => {
    const page = await openDemo({ fakeClock: true })
    const connection = await openRow(page, 'joint')
    const itemId = itemIdOf('joint')

    const outdated = await status(page, 'joint', 'outdated', 'site-not-available')
    await expect(headline(outdated).textContent()).resolves.toBe('O banco está instável no momento')
    // The API gateway refuses the next update of this item: 429, Retry-After 60.
    await control('/faults', { rateLimit: 0, match: `PATCH /items/${itemId}`, times: 1 })

    const retry = connection.locator('.farol-StatusBanner button[data-action="retry"]')
    await retry.click()
    const retryAt = connection.locator('.farol-StatusBanner-retryAt')
    await retryAt.waitFor()
    await expect(retryAt.textContent()).resolves.toMatch(
      /^Você pode tentar de novo às \d{2}:\d{2}\.$/,
    )
    await expect(retry.getAttribute('aria-disabled')).resolves.toBe('true')
    // Still the same state and page: the refusal is not an error screen.
    await status(page, 'joint', 'outdated', 'site-not-available')
    await shoot(connection, '07-rate-limited')

    // A minute later (the page's clock jumps; nothing waits for real).
    await page.clock.fastForward('01:05')
    await retryAt.waitFor({ state: 'detached' })
    await expect(retry.getAttribute('aria-disabled')).resolves.toBeNull()
    await retry.click()

    const ready = await status(page, 'joint', 'ready')
    await expect(headline(ready).textContent()).resolves.toBe('Conexão em dia')
    await shoot(connection, '08-retry-succeeded')

    const patches = (await control<RequestLogEntry[]>('/requests', undefined, 'GET'))
      .filter((entry) => entry.method === 'PATCH' && entry.path === `/items/${itemId}`)
      .map((entry) => entry.status)
    expect(patches).toEqual([429, 200])
  })

  it('through its backend: no key in the browser, only its own items, updates pushed', async () => {
    const page = await openDemo()
    await openRow(page, 'checking')
    await status(page, 'checking', 'ready')
    const keyRequests: string[] = []
    page.on('request', (request) => {
      if (request.headers()['x-api-key']) keyRequests.push(request.url())
    })
    const seen = await page.evaluate(
      async ([own, other]) => {
        const get = (path: string) => fetch(path).then((r) => r.status)
        return {
          config: await fetch('/demo-config.json').then((r) => r.text()),
          own: await get(`/api/farol/items/${own}`),
          other: await get(`/api/farol/items/${other}`),
        }
      },
      [itemIdOf('checking'), demo().otherUserItemId],
    )
    expect(seen.config).not.toContain(SANDBOX_API_KEY)
    expect([seen.own, seen.other]).toEqual([200, 404])
    // The page keeps one event stream open to its backend.
    await expect.poll(() => demo().backend.handler.openStreams).toBeGreaterThanOrEqual(1)

    // The bank approves the device: the sandbox's webhook reaches the backend, which pushes it.
    await openRow(page, 'salary')
    await control(`/approve-device/${itemIdOf('salary')}`)
    await status(page, 'salary', 'ready')
    const delivered = demo()
      .sandbox.webhookAttempts()
      .filter((a) => a.itemId === itemIdOf('salary') && a.event === 'item/updated')
    expect(delivered.map((a) => a.status)).toContain(200)
    expect(keyRequests).toEqual([])
  })

  it('six connections, one needs its MFA code: on top and in the summary, then all up to date', async () => {
    // Five connections in order; "Conta digital", created last, waits for its code.
    demo().reset('one-mfa')
    try {
      const page = await openDemo()
      const summary = page.locator('.mc-header .farol-ConnectionsSummary')
      await summary.getByText('1 conexão precisa de você').waitFor({ timeout: STATE_TIMEOUT })
      await expect(summary.getAttribute('data-state')).resolves.toBe('needs-user')
      // The list puts it first, whatever the order the host gave.
      const rows = page.locator('.farol-ConnectionList-row')
      await expect.poll(() => rows.count()).toBe(6)
      await expect
        .poll(() => rows.first().getAttribute('data-item-id'), { timeout: STATE_TIMEOUT })
        .toBe(itemIdOf('digital'))
      await expect(rows.first().getAttribute('data-group')).resolves.toBe('needs-user')
      await rows.first().getByText('O banco pediu um código de verificação').waitFor()
      await shoot(page.locator('.mc-list'), '10-list-one-mfa')

      const connection = await openRow(page, 'digital')
      await status(page, 'digital', 'waiting-user', 'mfa')
      await connection.getByLabel('Token').fill(SANDBOX_MFA_TOKEN)
      await connection.getByRole('button', { name: 'Enviar' }).click()

      await status(page, 'digital', 'ready')
      await summary.getByText('Tudo em dia').waitFor({ timeout: STATE_TIMEOUT })
      await expect(summary.getAttribute('data-state')).resolves.toBe('all-good')
      await page
        .getByText('Tudo em dia: todas as suas conexões estão atualizadas.')
        .waitFor({ timeout: STATE_TIMEOUT })
      await shoot(page.locator('.mc-list'), '11-list-all-good')
    } finally {
      demo().reset()
    }
  })

  it('the whole page: every connection in its state, in the host brand', async () => {
    const page = await openDemo()
    for (const key of ['checking', 'savings', 'investments'] as const) await openRow(page, key)
    await status(page, 'checking', 'ready')
    await status(page, 'savings', 'syncing')
    // ipê's brand reaches farol's buttons through --farol-accent.
    const button = row(page, 'investments').locator('.farol-StatusBanner button').first()
    await expect(
      button.evaluate((element) => getComputedStyle(element).backgroundColor),
    ).resolves.toBe('rgb(161, 24, 90)')
    await page.screenshot({ path: `${SHOTS}/00-page.png`, fullPage: true })

    // farol follows the host's language switch.
    await page.getByTestId('language').selectOption('en')
    await page.getByRole('heading', { level: 1, name: 'My accounts' }).waitFor()
    await row(page, 'checking')
      .locator('.farol-StatusBanner-headline', { hasText: 'Your connection is up to date' })
      .waitFor()
    await shoot(row(page, 'checking'), '09-english')
  })
})
