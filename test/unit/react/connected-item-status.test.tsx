import { fireEvent, screen } from '@testing-library/react'
import { useEffect, type ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import {
  ItemConnectionStatus,
  useItemConnectionStatus,
  type ItemConnectionSource,
} from '../../../src/components'
import { FarolProvider } from '../../../src/react'
import { SANDBOX_CREDENTIALS } from '../../../src/testing'
import { advance, advanceUntil, flush, itemGets, renderFarol, useSandbox } from './harness'

const MINUTE = 60_000

describe('ItemConnectionStatus with itemId', () => {
  const { sandbox } = useSandbox()

  // user-event waits on a setTimeout(0) that fake timers never run: plain DOM events instead.
  const type = (label: RegExp, value: string) =>
    fireEvent.change(screen.getByLabelText(label), { target: { value } })
  const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }))
  const root = (container: HTMLElement) =>
    container.querySelector<HTMLElement>('.farol-ItemConnectionStatus')!
  const phase = (container: HTMLElement) => root(container).getAttribute('data-phase')

  it('loading, then syncing, then ready, polling on its own', async () => {
    const created = sandbox.createItem('success', { stepMs: 1_000 })
    const { container } = renderFarol(<ItemConnectionStatus itemId={created.id} />)
    expect(phase(container)).toBe('loading')
    expect(root(container)).toHaveAttribute('aria-busy', 'true')
    await flush()
    expect(phase(container)).toBe('syncing')
    await advanceUntil(() => phase(container) === 'ready')
    expect(phase(container)).toBe('ready')
  })

  it('switches between item and itemId, and to another itemId, without remounting', async () => {
    let mounts = 0
    function Host({ source }: { source: ItemConnectionSource }) {
      const state = useItemConnectionStatus(source)
      useEffect(() => {
        mounts += 1
      }, [])
      return <p data-testid="state">{state.status === 'ready' ? state.item.id : state.status}</p>
    }
    const shown = () => screen.getByTestId('state').textContent
    const first = sandbox.createItem('success', { stepMs: 1_000 })
    const second = sandbox.createItem('success', { stepMs: 1_000 })
    const given = { ...sandbox.getItem(first.id)!, id: 'given-item' }
    const { rerender, client, queryClient } = renderFarol(<Host source={{ item: given }} />)
    expect(shown()).toBe('given-item')

    // renderFarol's provider, around the new props.
    const wrap = (ui: ReactNode) => (
      <FarolProvider client={client} queryClient={queryClient}>
        {ui}
      </FarolProvider>
    )
    rerender(wrap(<Host source={{ itemId: first.id }} />))
    await flush()
    expect(shown()).toBe(first.id)
    await advance(5_000)
    const firstGets = itemGets(sandbox, first.id).length
    expect(firstGets).toBeGreaterThan(0)

    rerender(wrap(<Host source={{ itemId: second.id }} />))
    await flush()
    expect(shown()).toBe(second.id)
    await advance(MINUTE)
    // The first item's poller was released with the id.
    expect(itemGets(sandbox, first.id)).toHaveLength(firstGets)

    rerender(wrap(<Host source={{ item: given }} />))
    expect(shown()).toBe('given-item')
    const secondGets = itemGets(sandbox, second.id).length
    await advance(MINUTE)
    expect(itemGets(sandbox, second.id)).toHaveLength(secondGets)
    expect(mounts).toBe(1)
  })

  it('ItemConnectionStatus with itemId polls; with item it only presents', async () => {
    const created = sandbox.createItem('success', { stepMs: 1_000 })
    const polled = renderFarol(<ItemConnectionStatus itemId={created.id} />)
    await advanceUntil(() => phase(polled.container) === 'ready')
    const gets = itemGets(sandbox, created.id).length
    expect(gets).toBeGreaterThan(1)
    polled.unmount()
    const shown = renderFarol(<ItemConnectionStatus item={sandbox.getItem(created.id)!} />)
    expect(phase(shown.container)).toBe('ready')
    await advance(MINUTE)
    expect(itemGets(sandbox, created.id)).toHaveLength(gets)
  })

  it('a failed refresh keeps the last state and says so, until polling recovers', async () => {
    const created = sandbox.createItem('success', { stepMs: 20_000 })
    const { container } = renderFarol(<ItemConnectionStatus itemId={created.id} />)
    await flush()
    expect(phase(container)).toBe('syncing')
    const clear = sandbox.injectFault({ errorRate: 1, errorStatus: 503, match: 'GET /items' })
    await advance(5_000)
    expect(phase(container)).toBe('syncing')
    const notice = container.querySelector('.farol-ItemConnectionStatus-problem')
    expect(notice).toHaveTextContent('Este é o último status conhecido')
    expect(notice).toHaveAttribute('data-problem', 'refresh')
    expect(screen.getByRole('status')).toHaveTextContent('Este é o último status conhecido')
    clear()
    await advanceUntil(() => phase(container) === 'ready')
    expect(container.querySelector('.farol-ItemConnectionStatus-problem')).toBeNull()
  })

  it('a retry that does not go through says so; the next one works', async () => {
    const created = sandbox.createItem('outdated-recovers', { stepMs: 1_000 })
    const { container } = renderFarol(<ItemConnectionStatus itemId={created.id} />)
    await advanceUntil(() => phase(container) === 'outdated')
    sandbox.injectFault({ dropConnection: true, match: 'PATCH /items', times: 1 })
    click('Tentar novamente')
    await flush()
    const notice = container.querySelector('.farol-ItemConnectionStatus-problem')
    expect(notice).toHaveAttribute('data-problem', 'action')
    expect(notice).toHaveTextContent('Não foi possível enviar agora')
    expect(phase(container)).toBe('outdated')
    click('Tentar novamente')
    await advanceUntil(() => phase(container) === 'ready')
    expect(container.querySelector('.farol-ItemConnectionStatus-problem')).toBeNull()
  })

  it('wrong credentials: the form sends new ones and the item syncs', async () => {
    const created = sandbox.createItem('invalid-credentials', { stepMs: 1_000 })
    const { container, queryClient } = renderFarol(<ItemConnectionStatus itemId={created.id} />)
    await advanceUntil(() => phase(container) === 'login-error')
    expect(container.querySelector('.farol-CredentialPrompt')).toHaveAttribute(
      'data-mode',
      'credentials',
    )
    type(/Usuário/, SANDBOX_CREDENTIALS.user)
    type(/Senha/, SANDBOX_CREDENTIALS.password)
    click('Conectar')
    await flush()
    expect(phase(container)).toBe('syncing')
    await advanceUntil(() => phase(container) === 'ready')
    expect(sandbox.requests().filter((r) => r.method === 'PATCH')).toHaveLength(1)
    // The sandbox connector shows the accepted values as placeholders: only those may remain.
    const states = queryClient
      .getMutationCache()
      .getAll()
      .map((m) => m.state)
    const cached = JSON.stringify(states).replaceAll('"placeholder":"password-ok"', '')
    expect(cached).not.toContain(SANDBOX_CREDENTIALS.password)
  })

  it('MFA: the code goes to POST /items/{id}/mfa and the item syncs', async () => {
    const created = sandbox.createItem('mfa-number', { stepMs: 1_000 })
    const { container } = renderFarol(<ItemConnectionStatus itemId={created.id} />)
    await advanceUntil(() => phase(container) === 'waiting-user')
    type(/Token/, '123456')
    click('Enviar')
    await flush()
    expect(sandbox.requests().filter((r) => r.path.endsWith('/mfa'))).toHaveLength(1)
    await advanceUntil(() => phase(container) === 'ready')
    expect(phase(container)).toBe('ready')
  })

  it('retry on an outdated item updates it and polls the new sync', async () => {
    const created = sandbox.createItem('outdated-recovers', { stepMs: 1_000 })
    const { container } = renderFarol(<ItemConnectionStatus itemId={created.id} />)
    await advanceUntil(() => phase(container) === 'outdated')
    click('Tentar novamente')
    await flush()
    expect(phase(container)).toBe('syncing')
    await advanceUntil(() => phase(container) === 'ready')
  })

  it('too-frequent: says when the user may try again', async () => {
    sandbox.configure({ minUpdateFrequencyHours: 24 })
    const created = sandbox.createItem('outdated-error', { stepMs: 1_000 })
    const { container } = renderFarol(<ItemConnectionStatus itemId={created.id} />)
    await advanceUntil(() => phase(container) === 'outdated')
    click('Tentar novamente')
    await flush()
    expect(screen.getByText(/Você pode tentar de novo às/)).toBeInTheDocument()
  })

  it('a first load that fails: an alert with a retry that fetches again', async () => {
    const { container } = renderFarol(<ItemConnectionStatus itemId="no-such-item" />)
    await flush()
    expect(phase(container)).toBe('error')
    expect(screen.getByRole('alert')).toHaveTextContent('Não foi possível carregar o status')
    click('Tentar novamente')
    await flush()
    expect(itemGets(sandbox, 'no-such-item')).toHaveLength(2)
  })

  it('20 on one item poll like 1', async () => {
    const created = sandbox.createItem('success', { stepMs: MINUTE })
    renderFarol(
      <>
        {Array.from({ length: 20 }, (_, i) => (
          <ItemConnectionStatus key={i} itemId={created.id} />
        ))}
      </>,
    )
    await flush()
    await advance(10_000)
    expect(itemGets(sandbox, created.id)).toHaveLength(6)
  })
})
