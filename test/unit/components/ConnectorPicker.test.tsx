import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ConnectorPicker } from '../../../src/components/ConnectorPicker'
import { toConnector } from '../../../src/core/parse/connector'
import type { Connector } from '../../../src/core'
import { HOSTILE_TEXTS, HOSTILE_URLS } from '../../fixtures/hostile'
import { axeViolations } from './status-test-utils'

const parseConnector = (raw: Record<string, unknown>): Connector => toConnector(raw)!
const connector = (id: number, name: string, extra: Record<string, unknown> = {}): Connector =>
  parseConnector({
    id,
    name,
    type: 'PERSONAL_BANK',
    country: 'BR',
    health: { status: 'ONLINE' },
    credentials: [],
    ...extra,
  })

const CATALOGUE: Connector[] = [
  connector(0, 'Pluggy Bank', { imageUrl: 'https://cdn.example/pluggy.svg' }),
  connector(1, 'Itaú', { isOpenFinance: true }),
  connector(2, 'Banco do Brasil', { health: { status: 'OFFLINE' } }),
  connector(3, 'Nubank Empresas', { type: 'BUSINESS_BANK', health: { status: 'UNSTABLE' } }),
  connector(4, 'Banco Inter'),
]

function renderPicker(props: Partial<Parameters<typeof ConnectorPicker>[0]> = {}) {
  const onSelect = vi.fn()
  const view = render(<ConnectorPicker connectors={CATALOGUE} onSelect={onSelect} {...props} />)
  return { ...view, onSelect, input: screen.getByRole('combobox', { name: 'Buscar instituição' }) }
}

const optionNames = () =>
  screen
    .getAllByRole('option')
    .map((option) => option.querySelector('.farol-ConnectorPicker-name')?.textContent)

describe('ConnectorPicker', () => {
  it('lists every institution with its logo or initials, Open Finance, audience and health', async () => {
    const { container } = renderPicker()
    expect(optionNames()).toEqual([
      'Pluggy Bank',
      'Itaú',
      'Banco do Brasil',
      'Nubank Empresas',
      'Banco Inter',
    ])
    const [pluggy, itau, bb, nubank] = screen.getAllByRole('option') as [
      HTMLElement,
      HTMLElement,
      HTMLElement,
      HTMLElement,
    ]
    expect(pluggy.querySelector('img')).toHaveAttribute('src', 'https://cdn.example/pluggy.svg')
    expect(itau.querySelector('[data-fallback]')).toHaveTextContent('I')
    expect(bb.querySelector('[data-fallback]')).toHaveTextContent('BB')
    expect(within(itau).getByText('Open Finance')).toBeInTheDocument()
    expect(within(nubank).getByText('Pessoa jurídica')).toBeInTheDocument()
    expect(within(nubank).getByText('Instável')).toBeInTheDocument()
    expect(bb).toHaveAttribute('aria-disabled', 'true')
    expect(within(bb).getByText(/Indisponível no momento/)).toBeInTheDocument()
    expect(await axeViolations(container)).toEqual([])
  })

  it('filters as the user types, ignoring accents and case, prefix matches first', async () => {
    const user = userEvent.setup()
    const { input } = renderPicker()
    await user.type(input, 'itau')
    expect(optionNames()).toEqual(['Itaú'])
    await user.clear(input)
    await user.type(input, 'BANCO')
    expect(optionNames()).toEqual(['Banco do Brasil', 'Banco Inter'])
    await user.clear(input)
    await user.type(input, 'inter banco')
    expect(optionNames()).toEqual(['Banco Inter'])
  })

  it('is keyboard-complete: arrows, Home/End move aria-activedescendant, Enter chooses', async () => {
    const user = userEvent.setup()
    const { input, onSelect } = renderPicker()
    await user.click(input)
    const activeName = () =>
      document
        .getElementById(input.getAttribute('aria-activedescendant') ?? '')
        ?.querySelector('.farol-ConnectorPicker-name')?.textContent
    expect(input).toHaveAttribute('aria-expanded', 'true')
    expect(activeName()).toBe('Pluggy Bank')
    await user.keyboard('{ArrowDown}')
    expect(activeName()).toBe('Itaú')
    await user.keyboard('{End}')
    expect(activeName()).toBe('Banco Inter')
    await user.keyboard('{ArrowDown}')
    expect(activeName()).toBe('Banco Inter')
    await user.keyboard('{Home}')
    expect(activeName()).toBe('Pluggy Bank')
    await user.keyboard('{ArrowUp}')
    expect(activeName()).toBe('Pluggy Bank')
    await user.keyboard('{ArrowDown}{Enter}')
    expect(onSelect).toHaveBeenCalledWith(CATALOGUE[1])
    expect(input).toHaveFocus()
  })

  it('never chooses an OFFLINE institution, by keyboard or click', async () => {
    const user = userEvent.setup()
    const { input, onSelect } = renderPicker()
    await user.type(input, 'brasil')
    await user.keyboard('{Enter}')
    await user.click(screen.getByRole('option'))
    expect(onSelect).not.toHaveBeenCalled()
    await user.clear(input)
    await user.click(screen.getAllByRole('option')[4]!)
    expect(onSelect).toHaveBeenCalledWith(CATALOGUE[4])
  })

  it('Escape clears the search, then calls onEscape', async () => {
    const user = userEvent.setup()
    const onEscape = vi.fn()
    const { input } = renderPicker({ onEscape })
    await user.type(input, 'xyz')
    expect(screen.queryAllByRole('option')).toHaveLength(0)
    expect(screen.getByText('Nenhuma instituição encontrada para “xyz”.')).toBeInTheDocument()
    expect(input).toHaveAttribute('aria-expanded', 'false')
    expect(input).not.toHaveAttribute('aria-activedescendant')
    await user.keyboard('{Escape}')
    expect(input).toHaveValue('')
    expect(onEscape).not.toHaveBeenCalled()
    await user.keyboard('{Escape}')
    expect(onEscape).toHaveBeenCalledTimes(1)
  })

  it('shows loading, then an error with a retry that keeps the search', async () => {
    const user = userEvent.setup()
    const onRetry = vi.fn()
    const { rerender, input } = renderPicker({ connectors: undefined })
    expect(screen.getByText('Carregando instituições…')).toBeInTheDocument()
    await user.type(input, 'nu')
    rerender(
      <ConnectorPicker
        connectors={undefined}
        error={{ kind: 'network', status: 0, message: 'offline' }}
        onRetry={onRetry}
        onSelect={() => {}}
      />,
    )
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Não foi possível carregar a lista de instituições.',
    )
    await user.click(screen.getByRole('button', { name: 'Tentar novamente' }))
    expect(onRetry).toHaveBeenCalledTimes(1)
    expect(input).toHaveValue('nu')
  })

  it('renders hostile names as text and never uses a hostile logo URL', () => {
    const hostile = [
      ...Object.values(HOSTILE_TEXTS).map((name, index) => connector(100 + index, name)),
      ...HOSTILE_URLS.map((imageUrl, index) =>
        connector(200 + index, `Banco ${index}`, { imageUrl }),
      ),
      parseConnector({ id: 300 }),
    ]
    const { container } = renderPicker({ connectors: hostile })
    expect(container.querySelector('script, svg, a')).toBeNull()
    // Only the (long, but well-formed) https URL is usable as a logo.
    const sources = [...container.querySelectorAll('img')].map((img) => img.getAttribute('src'))
    expect(sources).toHaveLength(1)
    expect(sources[0]).toMatch(/^https:\/\/a+\.example\/?$/)
    expect(screen.getByText(HOSTILE_TEXTS.script)).toBeInTheDocument()
    expect(screen.getAllByRole('option')).toHaveLength(hostile.length)
  })
})
