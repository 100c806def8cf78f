// End-to-end: connecting a new bank in the "Minhas contas" demo, in Chromium, through the
// demo's backend (farol/server) to the sandbox over real HTTP. The Open Finance journey
// goes through the sandbox's bank page (its own origin) and back with ?itemId=.
import type { Locator, Page } from 'playwright'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  OPEN_FINANCE_BANK_ID,
  PLUGGY_BANK_ID,
  SANDBOX_API_KEY,
  SANDBOX_CREDENTIALS,
} from '../../src/testing'
import { shoot, STATE_TIMEOUT, setUpDemoInChromium } from './demo-harness'

const CONNECTED_HERE = [PLUGGY_BANK_ID, OPEN_FINANCE_BANK_ID]

const harness = setUpDemoInChromium()
const openDemo = harness.openDemo
const demo = () => harness.demo

async function deleteItems(ids: string[]) {
  for (const id of ids) {
    const response = await fetch(`${demo().sandbox.url}/items/${id}`, {
      method: 'DELETE',
      headers: { 'x-api-key': SANDBOX_API_KEY },
    })
    expect(response.status).toBeLessThan(300)
  }
}

// The user has not connected these two banks yet: the demo's own connections to them have
// the same credentials, so connecting them again would rightly be refused as duplicates.
beforeAll(async () => {
  await deleteItems(
    demo()
      .sandbox.sandbox.listItems()
      .filter((item) => CONNECTED_HERE.includes(item.connector?.id ?? -1))
      .map((item) => item.id),
  )
})

// Each journey starts with no connection made on the page.
beforeEach(async () => {
  await deleteItems(createdItems().map((item) => item.id))
})

const flow = (page: Page) => page.locator('.farol-ConnectItem')

async function atStep(page: Page, step: string): Promise<Locator> {
  const element = page.locator(`.farol-ConnectItem[data-step="${step}"]`)
  try {
    await element.waitFor({ timeout: STATE_TIMEOUT })
  } catch (error) {
    // Say where the flow stopped instead.
    const shown = await flow(page)
      .first()
      .innerText()
      .catch(() => '(no ConnectItem)')
    const hooks = demo()
      .sandbox.webhookAttempts()
      .filter((a) => createdItems().some((item) => item.id === a.itemId))
      .map((a) => `${a.event} ${a.status}`)
    const items = createdItems().map((item) => `${item.id} ${item.status}/${item.executionStatus}`)
    throw new Error(
      `Step ${step} not reached; the flow shows:\n${shown}\nitems: ${items}\nwebhooks: ${hooks}`,
      { cause: error },
    )
  }
  return element
}

/** "Conectar nova conta", then the institution chosen in the picker by typing and Enter. */
async function choose(page: Page, search: string, name: string) {
  await page.getByRole('button', { name: 'Conectar nova conta' }).click()
  const combobox = page.getByRole('combobox', { name: 'Buscar instituição' })
  await combobox.fill(search)
  const option = page.getByRole('option').filter({
    has: page.locator('.farol-ConnectorPicker-name', { hasText: new RegExp(`^${name}$`) }),
  })
  await option.waitFor()
  await option.click()
  await page.getByRole('heading', { name: `Conecte sua conta ${name}` }).waitFor()
}

async function logIn(page: Page, password: string) {
  await flow(page).getByLabel('Usuário').fill(SANDBOX_CREDENTIALS.user)
  await flow(page).getByLabel('Senha', { exact: true }).fill(password)
  await flow(page).getByRole('button', { name: 'Conectar' }).click()
}

const createdItems = () =>
  demo()
    .sandbox.sandbox.listItems()
    .filter((item) => !demo().config.connections.some((c) => c.itemId === item.id))

describe('Connecting a new bank in the demo (Chromium, real HTTP)', () => {
  it('Pluggy Bank: a short password shows its field error, fixed, the item reaches UPDATED', async () => {
    const page = await openDemo()
    await choose(page, 'pluggy', 'Pluggy Bank')
    await shoot(flow(page), '20-connect-credentials')

    await logIn(page, 'abc')
    const password = flow(page).getByLabel('Senha', { exact: true })
    await expect.poll(() => password.getAttribute('aria-invalid')).toBe('true')
    await flow(page).getByText('password parameter length must be at least 6.').waitFor()
    // Focus on the field to fix; what was typed is still there.
    await expect.poll(() => password.evaluate((el) => el === document.activeElement)).toBe(true)
    await expect(password.inputValue()).resolves.toBe('abc')
    await expect(flow(page).getByLabel('Usuário').inputValue()).resolves.toBe(
      SANDBOX_CREDENTIALS.user,
    )
    await shoot(flow(page), '21-connect-field-error')

    await password.fill(SANDBOX_CREDENTIALS.password)
    await flow(page).getByRole('button', { name: 'Conectar' }).click()
    const success = await atStep(page, 'success')
    await success.getByRole('heading', { name: 'Conta conectada' }).waitFor()
    await success.getByText('Sua conta Pluggy Bank está conectada.').waitFor()
    await shoot(success, '22-connect-success')

    const [created] = createdItems()
    expect(created?.status).toBe('UPDATED')
    expect(created?.connector?.id).toBe(0)
    // Made through the backend, as the signed-in user; the page shows it with the others.
    expect(created?.clientUserId).toBe('ana')
    await page
      .locator(`.farol-ConnectionList-row[data-item-id="${created!.id}"][data-phase="ready"]`)
      .waitFor({ timeout: STATE_TIMEOUT })
    // The credentials never reached the page's URL or storage.
    expect(page.url()).not.toContain(SANDBOX_CREDENTIALS.password)
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }))
    expect(stored).not.toContain(SANDBOX_CREDENTIALS.password)
  })

  it('Open Finance: the bank page (not a frame), Autorizar, back with ?itemId= → connected', async () => {
    const page = await openDemo()
    await choose(page, 'open finance', 'Pluggy Bank Open Finance')
    await flow(page).getByLabel('CPF').fill('761.092.776-73')
    await flow(page).getByRole('button', { name: 'Conectar' }).click()

    const consent = await atStep(page, 'consent')
    const link = consent.getByRole('link', {
      name: /Abrir Pluggy Bank Open Finance para autorizar/,
    })
    const href = await link.getAttribute('href')
    expect(href).toMatch(new RegExp(`^${demo().sandbox.url}/`))
    expect(await page.locator('iframe').count()).toBe(0)
    await shoot(consent, '23-connect-consent')

    // The demo passes oauthRedirectUri: the bank page opens in this tab.
    await link.click()
    await page.waitForURL((url) => url.href.startsWith(demo().sandbox.url))
    await page.getByRole('button', { name: 'Autorizar' }).click()

    // Back on the demo with ?itemId=: ConnectItem resumes on that item.
    await page.waitForURL((url) => url.href.startsWith(demo().url))
    await page.getByRole('heading', { level: 1, name: 'Minhas contas' }).waitFor()
    const success = await atStep(page, 'success')
    await success.getByRole('heading', { name: 'Conta conectada' }).waitFor()
    await shoot(success, '24-connect-open-finance')
    expect(new URL(page.url()).searchParams.get('itemId')).toBeNull()
    const [created] = createdItems()
    expect(created?.status).toBe('UPDATED')
    expect(created?.connector?.isOpenFinance).toBe(true)
  })

  it('a second connection with the same credentials: the existing one is offered, none created', async () => {
    const page = await openDemo()
    await choose(page, 'pluggy', 'Pluggy Bank')
    await logIn(page, SANDBOX_CREDENTIALS.password)
    await atStep(page, 'success')
    expect(createdItems()).toHaveLength(1)

    // The user tries again with the same bank and credentials.
    await page.getByRole('button', { name: 'Fechar' }).click()
    await choose(page, 'pluggy', 'Pluggy Bank')
    await logIn(page, SANDBOX_CREDENTIALS.password)
    const notice = flow(page).locator('[data-problem="duplicate-item"]')
    await notice.getByText('Esta conta já está conectada').waitFor({ timeout: STATE_TIMEOUT })
    await shoot(flow(page), '25-connect-duplicate')
    expect(createdItems()).toHaveLength(1)

    await notice.getByRole('button', { name: 'Usar a conexão existente' }).click()
    await atStep(page, 'success')
    expect(createdItems()).toHaveLength(1)
  })
})
