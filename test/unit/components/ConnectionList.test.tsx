import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ConnectionList } from '../../../src/components'
import { parseItem, type Item } from '../../../src/core'
import { HOSTILE_TEXTS } from '../../fixtures/hostile'
import { NOW, failed, item, pluggyBank } from '../../fixtures/items'

const MINUTE = 60_000
const iso = (ms: number) => new Date(NOW.getTime() + ms).toISOString()
const bank = (name: string) => ({ ...pluggyBank, name, imageUrl: undefined })
const make = (id: string, name: string, raw: Record<string, unknown> = item()): Item =>
  parseItem({ ...raw, id, connector: bank(name) })

const ready = (id: string, name: string) => make(id, name)
const mfa = (id: string, name: string) =>
  make(
    id,
    name,
    item({
      status: 'WAITING_USER_INPUT',
      executionStatus: 'WAITING_USER_INPUT',
      parameter: { name: 'token', label: 'Token', type: 'number', expiresAt: iso(4 * MINUTE) },
    }),
  )
const syncing = (id: string, name: string) =>
  make(id, name, item({ status: 'UPDATING', executionStatus: 'LOGIN_IN_PROGRESS' }))
const outdated = (id: string, name: string) =>
  make(id, name, failed('OUTDATED', 'SITE_NOT_AVAILABLE'))

const rowNames = () =>
  within(screen.getByRole('list'))
    .getAllByRole('listitem')
    .map((row) => row.querySelector('.farol-ConnectionList-institution')?.textContent)

describe('ConnectionList (presentational)', () => {
  it('puts what needs the user on top, then failures, syncing and ready, stable within each', () => {
    render(
      <ConnectionList
        now={NOW}
        items={[
          ready('a', 'Banco A'),
          syncing('b', 'Banco B'),
          outdated('c', 'Banco C'),
          ready('d', 'Banco D'),
          mfa('e', 'Banco E'),
        ]}
      />,
    )
    expect(rowNames()).toEqual(['Banco E', 'Banco C', 'Banco B', 'Banco A', 'Banco D'])
    const top = screen.getAllByRole('listitem')[0]!
    expect(top).toHaveAttribute('data-phase', 'waiting-user')
    expect(top).toHaveTextContent('O banco pediu um código de verificação')
    // The deadline, not the last update, for what the user must answer.
    expect(within(top).getByText(/^Responda até/)).toHaveAttribute('dateTime', iso(4 * MINUTE))
  })

  it('opens a row as a disclosure: aria-expanded, aria-controls, by mouse and keyboard', async () => {
    const user = userEvent.setup()
    render(<ConnectionList now={NOW} items={[ready('a', 'Banco A'), mfa('e', 'Banco E')]} />)
    const toggle = screen.getByRole('button', { name: /Banco E/ })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    const panel = document.getElementById(toggle.getAttribute('aria-controls')!)!
    expect(panel).not.toBeVisible()
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    expect(panel).toBeVisible()
    expect(within(panel).getByRole('heading', { name: /código de verificação/ })).toBeVisible()
    expect(toggle.closest('li')).toHaveAttribute('data-expanded', 'true')
    // Keyboard: Tab to the other row, Enter opens it, Space closes it again.
    await user.tab()
    const other = screen.getByRole('button', { name: /Banco A/ })
    while (document.activeElement !== other) await user.tab()
    await user.keyboard('{Enter}')
    expect(other).toHaveAttribute('aria-expanded', 'true')
    await user.keyboard(' ')
    expect(other).toHaveAttribute('aria-expanded', 'false')
  })

  it('says so when there are no connections, and when all are up to date', () => {
    const { rerender } = render(<ConnectionList now={NOW} items={[]} />)
    expect(screen.getByText('Você ainda não tem nenhuma conta conectada.')).toBeVisible()
    expect(screen.queryByRole('list')).toBeNull()
    rerender(<ConnectionList now={NOW} items={[ready('a', 'Banco A'), ready('b', 'Banco B')]} />)
    expect(screen.getByText(/^Tudo em dia/)).toBeVisible()
  })

  it('renders hostile institution names as inert pt-BR text, with initials for no logo', () => {
    const names = [HOSTILE_TEXTS.script, HOSTILE_TEXTS.imgOnerror, HOSTILE_TEXTS.i18nextNesting]
    const { container } = render(
      <ConnectionList now={NOW} items={names.map((name, i) => ready(`h${i}`, name))} />,
    )
    expect(container.querySelector('script, img, svg')).toBeNull()
    for (const name of names) {
      const shown = screen.getByText(name)
      expect(shown).toHaveAttribute('lang', 'pt-BR')
    }
    expect(container.querySelector('[onerror]')).toBeNull()
  })

  it('never crashes on garbage items, unknown statuses or missing fields', () => {
    const garbage = [
      parseItem({ id: 'x', status: 'MARTIAN', executionStatus: 'WHAT' }),
      { id: 42 } as unknown as Item,
      null as unknown as Item,
      ready('a', '   '),
    ]
    render(<ConnectionList now={NOW} items={garbage} />)
    expect(screen.getAllByRole('listitem').length).toBeGreaterThanOrEqual(3)
    expect(screen.getAllByText('Seu banco').length).toBeGreaterThan(0)
  })

  it('calls the host with the item id when the user acts in an open row', async () => {
    const user = userEvent.setup()
    const onRetry = vi.fn()
    render(
      <ConnectionList
        now={NOW}
        items={[outdated('c', 'Banco C')]}
        onRetry={onRetry}
        defaultExpanded={['c']}
      />,
    )
    await user.click(screen.getByRole('button', { name: 'Tentar novamente' }))
    expect(onRetry).toHaveBeenCalledWith('c')
  })

  it("shows the host's own content in an open row only, for that row's item", async () => {
    const user = userEvent.setup()
    render(
      <ConnectionList
        now={NOW}
        items={[ready('a', 'Banco A'), mfa('e', 'Banco E')]}
        defaultExpanded={['e']}
        renderDetails={(itemId) => <p>Notas do app sobre {itemId}</p>}
      />,
    )
    expect(screen.getByText('Notas do app sobre e')).toBeVisible()
    expect(screen.queryByText('Notas do app sobre a')).toBeNull()
    const toggleA = screen.getByRole('button', { name: /Banco A/ })
    await user.click(toggleA)
    const panel = document.getElementById(toggleA.getAttribute('aria-controls')!)!
    expect(within(panel).getByText('Notas do app sobre a')).toBeVisible()
    await user.click(screen.getByRole('button', { name: /Banco E/ }))
    expect(screen.queryByText('Notas do app sobre e')).toBeNull()
    // Each row names its item for the host's own styling and tests.
    expect(panel.closest('li')).toHaveAttribute('data-item-id', 'a')
  })

  it('forwards ref, className and DOM props', () => {
    const ref = { current: null as HTMLDivElement | null }
    render(<ConnectionList ref={ref} items={[]} className="mine" data-testid="list" />)
    expect(ref.current).toBe(screen.getByTestId('list'))
    expect(ref.current).toHaveClass('farol-ConnectionList', 'mine')
  })
})
