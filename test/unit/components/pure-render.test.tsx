// Rendering only reads: a render React throws away (a suspended tree, StrictMode's
// second pass) must leave farol's i18next instance as it was. Runs in a fresh module
// graph, so no component has shown its strings when the file starts.
import { render, screen } from '@testing-library/react'
import { StrictMode, Suspense } from 'react'
import { afterEach, expect, it, vi } from 'vitest'
import { ItemConnectionStatus } from '../../../src/components/ItemConnectionStatus'
import { StatusBanner } from '../../../src/components/StatusBanner'
import { getDefaultFarolI18n } from '../../../src/i18n/react/default-instance'
import { rowGuidance, rowItem } from './status-test-utils'

afterEach(() => {
  vi.restoreAllMocks()
})

function spyOnWrites() {
  const i18n = getDefaultFarolI18n()
  const before = JSON.stringify(i18n.store.data)
  const writes = (['addResourceBundle', 'addResources', 'addResource'] as const).map((name) =>
    vi.spyOn(i18n, name),
  )
  return {
    calls: () => writes.flatMap((spy) => spy.mock.calls),
    farolData: () => JSON.stringify(i18n.store.data['pt-BR']?.farol),
    before,
  }
}

function Suspends(): never {
  throw new Promise(() => {})
}

it('a render that suspends and is thrown away does not write into the i18next instance', () => {
  const writes = spyOnWrites()
  render(
    <Suspense fallback={<p>carregando</p>}>
      <StatusBanner guidance={rowGuidance('updated')} />
      <Suspends />
    </Suspense>,
  )
  expect(screen.getByText('carregando')).toBeVisible()
  expect(screen.queryByRole('heading')).toBeNull()
  expect(writes.calls()).toEqual([])
  expect(writes.farolData()).toBe(JSON.stringify(JSON.parse(writes.before)['pt-BR']?.farol))
})

it('renders twice in StrictMode with its strings and no write into the instance', () => {
  const writes = spyOnWrites()
  render(
    <StrictMode>
      <ItemConnectionStatus item={rowItem('invalid-credentials')} onSubmitCredentials={() => {}} />
    </StrictMode>,
  )
  expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/\S/)
  expect(screen.getByRole('button', { name: 'Conectar' })).toBeVisible()
  expect(writes.calls()).toEqual([])
})
