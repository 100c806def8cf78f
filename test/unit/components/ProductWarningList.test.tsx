import { render, screen, within } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  KNOWN_WARNINGS,
  describeItem,
  parseItem,
  type GuidanceWarning,
  type Item,
} from '../../../src/core'
import { ProductWarningList } from '../../../src/components/ProductWarningList'
import { HOSTILE_STRINGS, findActiveMarkup } from '../../fixtures/hostile'
import { item } from '../../fixtures/items'
import { investmentsWarningDetail, partialItem } from '../../fixtures/reference-examples'
import {
  LOCALES,
  LOCALE_NAMES,
  NOW,
  axeViolations,
  leakedInternals,
  preloadLocales,
  renderIn,
  rowGuidance,
  rowItem,
} from './status-test-utils'

beforeAll(preloadLocales)

/** The product rows: the list's own items (each product's warnings are a list inside it). */
const products = (container: HTMLElement) => {
  // The one labelled list, in any language (the warnings inside a product are not labelled).
  const list = within(container).getByRole('list', { name: /\S/ })
  return within(list)
    .getAllByRole('listitem')
    .filter((row) => row.parentElement === list)
}

describe('ProductWarningList', () => {
  it("lists Pluggy's partial-success example: updated and failed since when", () => {
    const parsed = parseItem(partialItem)
    const guidance = describeItem(parsed, { now: NOW })
    const { container } = render(<ProductWarningList guidance={guidance} item={parsed} />)
    const list = screen.getByRole('list', { name: 'Situação dos seus dados' })
    expect(list).toHaveClass('farol-ProductWarningList')
    const dateTime = new Intl.DateTimeFormat('pt-BR', { dateStyle: 'short', timeStyle: 'short' })
    const rows = products(container)
    expect(rows.map((row) => [row.dataset.product, row.dataset.state])).toEqual([
      ['accounts', 'updated'],
      ['transactions', 'failed'],
    ])
    expect(rows[0]).toHaveTextContent(
      `Contas Atualizado em ${dateTime.format(new Date('2024-01-23T22:39:55.622Z'))}`,
    )
    expect(rows[1]).toHaveTextContent(
      `Transações Não atualizado desde ${dateTime.format(new Date('2024-01-21T22:39:55.622Z'))}`,
    )
  })

  it('translates warning 001 and shows the bank message verbatim in lang="pt-BR"', () => {
    const parsed = parseItem(item({ statusDetail: investmentsWarningDetail }))
    const { container } = render(
      <ProductWarningList guidance={describeItem(parsed, { now: NOW })} item={parsed} />,
    )
    const warning = container.querySelector('.farol-ProductWarningList-warning')!
    expect(warning).toHaveAttribute('data-code', '001')
    expect(warning).toHaveTextContent(
      'Seu usuário não tem permissão para ver estes dados no banco.',
    )
    expect(warning.querySelector('[lang="pt-BR"]')!.textContent).toBe(
      'Seu perfil de usuário não está habilitado para esta transação.',
    )
    expect(warning).not.toHaveTextContent('User lacks permissions')
  })

  it('translates the Open Finance monthly quota warning (423)', () => {
    const warnings: GuidanceWarning[] = [
      { product: 'transactions', code: '423', message: 'Monthly limit reached' },
    ]
    render(<ProductWarningList warnings={warnings} />)
    expect(screen.getByText(/O limite mensal de consultas do Open Finance/)).toBeInTheDocument()
  })

  it("shows an unknown warning's message as Pluggy data, marked as English", () => {
    const warnings: GuidanceWarning[] = [
      { product: 'loans', code: '999', message: 'Something odd happened' },
    ]
    render(<ProductWarningList warnings={warnings} />)
    expect(screen.getByText('Something odd happened')).toHaveAttribute('lang', 'en')
  })

  it.each(KNOWN_WARNINGS.map((row) => [row.id, row] as const))(
    'translates catalog row %s and its action item in every language',
    (_, row) => {
      const warning: GuidanceWarning = {
        product: row.product === 'login' ? 'accounts' : row.product,
        code: '',
        message: row.message,
        catalogId: row.id,
        ...(row.action && { hint: row.action }),
      }
      for (const locale of LOCALE_NAMES) {
        const catalog = LOCALES[locale].warnings.catalog as Record<
          string,
          { message: string; action?: string }
        >
        const strings = catalog[row.id]!
        const { container, unmount } = renderIn(locale, <ProductWarningList warnings={[warning]} />)
        expect(container).toHaveTextContent(strings.message)
        if (row.action) {
          expect(container.querySelector('.farol-ProductWarningList-action')).toHaveTextContent(
            strings.action!,
          )
        }
        if (locale !== 'en') expect(container).not.toHaveTextContent(row.action ?? '\u0000')
        unmount()
      }
    },
  )

  it("falls back to the catalog's English hint when a catalog id is unknown", () => {
    const warnings: GuidanceWarning[] = [
      {
        product: 'investments',
        code: '',
        message: 'New message',
        catalogId: 'not-yet-translated',
        hint: 'Do the thing.',
      },
    ]
    const { container } = render(<ProductWarningList warnings={warnings} />)
    expect(container.querySelector('.farol-ProductWarningList-action')).toHaveTextContent(
      'O que fazer: Do the thing.',
    )
  })

  it('lists products in every language with translated names and states', () => {
    const guidance = rowGuidance('partial-success')
    for (const locale of LOCALE_NAMES) {
      const { container, unmount } = renderIn(
        locale,
        <ProductWarningList guidance={guidance} item={rowItem('partial-success')} />,
      )
      const names = products(container).map(
        (row) => row.querySelector('.farol-ProductWarningList-productName')!.textContent,
      )
      const strings = LOCALES[locale].warnings.product
      expect(names).toEqual([strings.accounts, strings.transactions, strings.investments])
      expect(leakedInternals(container.textContent ?? '')).toEqual([])
      unmount()
    }
  })

  it('shows only products needing attention with filter="attention"', () => {
    const { container } = render(
      <ProductWarningList
        guidance={rowGuidance('partial-success')}
        item={rowItem('partial-success')}
        filter="attention"
      />,
    )
    expect(products(container).map((row) => row.dataset.product)).toEqual([
      'transactions',
      'investments',
    ])
  })

  it('reads warnings straight from statusDetail when there is no guidance', () => {
    const { container } = render(<ProductWarningList statusDetail={investmentsWarningDetail} />)
    const [row] = products(container)
    expect(row).toHaveAttribute('data-product', 'investments')
    expect(row).toHaveAttribute('data-state', 'updated')
    expect(row).toHaveTextContent(/não tem permissão para ver estes dados/)
  })

  it('renders nothing when there is nothing to say', () => {
    const { container } = render(
      <ProductWarningList guidance={rowGuidance('updated')} item={rowItem('updated')} />,
    )
    expect(container).toBeEmptyDOMElement()
  })

  it('has no axe violations', async () => {
    const { container } = render(
      <ProductWarningList
        guidance={rowGuidance('partial-success')}
        item={rowItem('partial-success')}
      />,
    )
    expect(await axeViolations(container)).toEqual([])
  })

  it.each(HOSTILE_STRINGS.map((text) => [text.slice(0, 30), text]))(
    'renders hostile warning text inertly: %s',
    (_, text) => {
      const parsed: Item = parseItem(
        item({
          executionStatus: 'PARTIAL_SUCCESS',
          statusDetail: {
            transactions: {
              isUpdated: false,
              lastUpdatedAt: text,
              warnings: [{ code: text, message: text, providerMessage: text }],
            },
          },
        }),
      )
      const { container } = render(
        <ProductWarningList guidance={describeItem(parsed, { now: NOW })} item={parsed} />,
      )
      expect(findActiveMarkup(container)).toEqual([])
      const warning = within(container).getAllByRole('listitem')[1]!
      expect(warning.querySelector('[lang="pt-BR"]')!.textContent).toBe(text.trim())
    },
  )
})
