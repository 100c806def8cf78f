// A host with its own design system builds the status card and the form from the hooks,
// with its own markup: the behaviour (words, actions, validation, focus, API) is farol's.
import { fireEvent, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { SANDBOX_CREDENTIALS } from '../../../src/testing'
import { HostStatusCard } from '../../../stories/headless/HostStatusCard'
import { advanceUntil, flush, renderFarol, useSandbox } from './harness'

describe('a host card and form built from the hooks', () => {
  const { sandbox } = useSandbox()

  it('wrong credentials: farol words and validation in host markup, then the item syncs', async () => {
    const created = sandbox.createItem('invalid-credentials', { stepMs: 1_000 })
    const { container, queryClient } = renderFarol(<HostStatusCard itemId={created.id} />)
    const title = () => screen.getByRole('heading', { level: 3 })
    await advanceUntil(() => screen.queryByRole('form') !== null)
    expect(title()).toHaveTextContent('Não conseguimos entrar na sua conta')
    expect(container.querySelector('[class*="farol-"]')).toBeNull()

    const user = screen.getByLabelText('Usuário')
    expect(user).toHaveAttribute('autocomplete', 'username')
    expect(screen.getByLabelText('Senha')).toHaveAttribute('autocomplete', 'current-password')
    fireEvent.submit(screen.getByRole('form'))
    await flush()
    expect(user).toHaveAttribute('aria-invalid', 'true')
    expect(user).toHaveFocus()
    expect(user).toHaveAccessibleDescription('Preencha este campo.')
    expect(screen.getByRole('alert')).toHaveTextContent('Corrija 2 campo(s).')

    fireEvent.change(user, { target: { value: SANDBOX_CREDENTIALS.user } })
    fireEvent.change(screen.getByLabelText('Senha'), {
      target: { value: SANDBOX_CREDENTIALS.password },
    })
    fireEvent.submit(screen.getByRole('form'))
    await advanceUntil(() => title().textContent === 'Conexão em dia')
    expect(container.querySelector('[data-reason]')).toHaveAttribute('data-reason', 'updated')
    expect(screen.getByRole('status')).toHaveTextContent('Conexão em dia')
    expect(screen.queryByRole('form')).toBeNull()
    // The typed values reached the API and nothing else (the connector's placeholders are the same text).
    const cached = JSON.stringify([
      queryClient
        .getQueryCache()
        .getAll()
        .map((query) => query.state),
      queryClient
        .getMutationCache()
        .getAll()
        .map((mutation) => mutation.state),
    ])
    expect(cached).not.toContain(`"password":"${SANDBOX_CREDENTIALS.password}"`)
    expect(cached).not.toContain(`"user":"${SANDBOX_CREDENTIALS.user}"`)
  })

  it('an outdated item: the host button retries through the API', async () => {
    const created = sandbox.createItem('outdated-recovers', { stepMs: 1_000 })
    renderFarol(<HostStatusCard itemId={created.id} />)
    await advanceUntil(() => screen.queryByRole('button', { name: 'Tentar novamente' }) !== null)
    fireEvent.click(screen.getByRole('button', { name: 'Tentar novamente' }))
    await advanceUntil(
      () => screen.getByRole('heading', { level: 3 }).textContent === 'Conexão em dia',
    )
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Conexão em dia')
  })
})
