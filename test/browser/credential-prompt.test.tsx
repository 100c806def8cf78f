import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { CredentialPrompt } from '../../src/components/CredentialPrompt'
import type { ConnectorCredential } from '../../src/core/model'
import '../../src/styles/farol.css'

const FIELDS: ConnectorCredential[] = [
  {
    name: 'user',
    label: 'Usuário',
    type: 'text',
    validation: '^user-',
    validationMessage: 'O usuário deve começar com "user-".',
  },
  { name: 'password', label: 'Senha', type: 'password' },
]

afterEach(() => cleanup())

describe('CredentialPrompt in Chromium', () => {
  it('moves focus to the first invalid field on submit', async () => {
    const onSubmit = vi.fn()
    render(<CredentialPrompt fields={FIELDS} onSubmit={onSubmit} />)
    await userEvent.fill(page.getByLabelText('Senha'), 'password-ok')
    await userEvent.click(page.getByRole('button', { name: 'Conectar' }))
    await expect.element(page.getByLabelText('Usuário')).toHaveFocus()
    await expect.element(page.getByLabelText('Usuário')).toHaveAttribute('aria-invalid', 'true')
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('Corrija 1 campo para continuar.')

    await userEvent.fill(page.getByLabelText('Usuário'), 'bob')
    await userEvent.keyboard('{Enter}')
    await expect.element(page.getByLabelText('Usuário')).toHaveFocus()
    await expect
      .element(page.getByLabelText('Usuário'))
      .toHaveAccessibleDescription('O usuário deve começar com "user-".')
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it('fills and submits with the keyboard only (Tab, typing, Space on the toggle, Enter)', async () => {
    const onSubmit = vi.fn(() => Promise.resolve())
    render(
      <>
        <button type="button">before</button>
        <CredentialPrompt fields={FIELDS} onSubmit={onSubmit} onCancel={() => {}} />
      </>,
    )
    await userEvent.click(page.getByRole('button', { name: 'before' }))
    await userEvent.tab()
    await expect.element(page.getByLabelText('Usuário')).toHaveFocus()
    await userEvent.keyboard('user-ok')
    await userEvent.tab()
    await expect.element(page.getByLabelText('Senha')).toHaveFocus()
    await userEvent.keyboard('password-ok')
    await userEvent.tab()
    const reveal = page.getByRole('button', { name: 'Mostrar senha' })
    await expect.element(reveal).toHaveFocus()
    await userEvent.keyboard(' ')
    await expect.element(reveal).toHaveAttribute('aria-pressed', 'true')
    await expect.element(page.getByLabelText('Senha')).toHaveAttribute('type', 'text')
    await expect.element(page.getByLabelText('Senha')).toHaveValue('password-ok')
    await userEvent.keyboard(' ')
    await expect.element(page.getByLabelText('Senha')).toHaveAttribute('type', 'password')
    await userEvent.tab()
    await expect.element(page.getByRole('button', { name: 'Conectar' })).toHaveFocus()
    await userEvent.keyboard('{Enter}')
    expect(onSubmit).toHaveBeenCalledTimes(1)
    expect(onSubmit).toHaveBeenCalledWith({ user: 'user-ok', password: 'password-ok' })
    await expect.element(page.getByLabelText('Senha')).toHaveValue('')
    await expect.element(page.getByLabelText('Usuário')).toHaveValue('')
  })

  it('submits with Enter from a field, once, while the submit is pending', async () => {
    const onSubmit = vi.fn(() => new Promise<void>(() => {}))
    render(<CredentialPrompt fields={FIELDS} onSubmit={onSubmit} />)
    await userEvent.fill(page.getByLabelText('Usuário'), 'user-ok')
    await userEvent.fill(page.getByLabelText('Senha'), 'password-ok')
    await userEvent.keyboard('{Enter}')
    await userEvent.keyboard('{Enter}')
    // Playwright treats aria-disabled as disabled; force the clicks to prove they are ignored.
    await userEvent.dblClick(page.getByRole('button', { name: 'Enviando…' }), { force: true })
    expect(onSubmit).toHaveBeenCalledTimes(1)
    await expect.element(page.getByLabelText('Senha')).toHaveAttribute('readonly')
  })

  it('takes focus to the first field the API rejected', async () => {
    const onSubmit = vi.fn()
    const { rerender } = render(<CredentialPrompt fields={FIELDS} onSubmit={onSubmit} />)
    await userEvent.fill(page.getByLabelText('Usuário'), 'user-ok')
    await userEvent.fill(page.getByLabelText('Senha'), 'wrong')
    await userEvent.keyboard('{Enter}')
    rerender(
      <CredentialPrompt
        fields={FIELDS}
        onSubmit={onSubmit}
        fieldErrors={{ password: ['Senha incorreta'] }}
      />,
    )
    await expect.element(page.getByLabelText('Senha')).toHaveFocus()
    await expect
      .element(page.getByLabelText('Senha'))
      .toHaveAccessibleDescription('Senha incorreta')
  })
})
