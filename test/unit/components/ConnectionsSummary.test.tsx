import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ConnectionsSummary } from '../../../src/components'
import { parseItem, type Item } from '../../../src/core'
import { FarolI18nProvider } from '../../../src/i18n'
import { NOW, failed, item } from '../../fixtures/items'

const ready = (id: string) => parseItem(item({ id }))
const mfa = (id: string) =>
  parseItem(
    item({
      id,
      status: 'WAITING_USER_INPUT',
      executionStatus: 'WAITING_USER_INPUT',
      parameter: { name: 'token', label: 'Token', type: 'number' },
    }),
  )
const login = (id: string) => parseItem({ ...failed('LOGIN_ERROR', 'INVALID_CREDENTIALS'), id })
const syncing = (id: string) =>
  parseItem(item({ id, status: 'UPDATING', executionStatus: 'LOGIN_IN_PROGRESS' }))

const cases: Array<[string, Item[], Record<'pt-BR' | 'en' | 'es', string>]> = [
  [
    'one needs the user',
    [mfa('a'), ready('b')],
    {
      'pt-BR': '1 conexão precisa de você',
      en: '1 connection needs you',
      es: '1 conexión te necesita',
    },
  ],
  [
    'two need the user',
    [mfa('a'), login('b'), syncing('c')],
    {
      'pt-BR': '2 conexões precisam de você',
      en: '2 connections need you',
      es: '2 conexiones te necesitan',
    },
  ],
  [
    'one syncing',
    [syncing('a'), ready('b')],
    { 'pt-BR': '1 sincronizando', en: '1 syncing', es: '1 sincronizando' },
  ],
  [
    'all ready',
    [ready('a'), ready('b')],
    { 'pt-BR': 'Tudo em dia', en: 'All up to date', es: 'Todo al día' },
  ],
]

describe('ConnectionsSummary', () => {
  for (const locale of ['pt-BR', 'en', 'es'] as const) {
    it(`says what matters most, with plurals, in ${locale}`, async () => {
      for (const [, items, expected] of cases) {
        const view = render(
          <FarolI18nProvider locale={locale}>
            <ConnectionsSummary items={items} now={NOW} />
          </FarolI18nProvider>,
        )
        expect(await screen.findByText(expected[locale])).toBeVisible()
        view.unmount()
      }
    })
  }

  it('links to the list; a plain click goes to onNavigate, a modified one to the browser', async () => {
    const user = userEvent.setup()
    const onNavigate = vi.fn()
    render(
      <ConnectionsSummary items={[mfa('a')]} now={NOW} href="#contas" onNavigate={onNavigate} />,
    )
    const link = screen.getByRole('link', { name: '1 conexão precisa de você' })
    expect(link).toHaveAttribute('href', '#contas')
    expect(link).toHaveAttribute('data-tone', 'warning')
    await user.click(link)
    expect(onNavigate).toHaveBeenCalledTimes(1)
    await user.keyboard('{Control>}')
    await user.click(link)
    await user.keyboard('{/Control}')
    expect(onNavigate).toHaveBeenCalledTimes(1)
  })

  it('is a button with only onNavigate, and text with neither', async () => {
    const onNavigate = vi.fn()
    const { rerender } = render(
      <ConnectionsSummary items={[ready('a')]} now={NOW} onNavigate={onNavigate} />,
    )
    await userEvent.click(screen.getByRole('button', { name: 'Tudo em dia' }))
    expect(onNavigate).toHaveBeenCalled()
    rerender(<ConnectionsSummary items={[]} now={NOW} />)
    expect(screen.queryByRole('button')).toBeNull()
    expect(screen.getByText('Nenhuma conexão')).toBeVisible()
  })
})
