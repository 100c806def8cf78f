import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { DeviceAuthorizationNotice } from '../../src/components/DeviceAuthorizationNotice'
import '../../src/styles/farol.css'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

/** What the system clipboard holds, read by pasting into a field (readText is denied in the test iframe). */
async function pastedText(): Promise<string> {
  const field = document.createElement('textarea')
  field.setAttribute('aria-label', 'paste target')
  document.body.append(field)
  field.focus()
  await userEvent.keyboard('{Control>}v{/Control}')
  const text = field.value
  field.remove()
  return text
}

describe('DeviceAuthorizationNotice in Chromium', () => {
  it('copies the nickname to the clipboard and announces it politely', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText')
    render(<DeviceAuthorizationNotice deviceNickname="Pluggy-7F3A" connectorName="Nubank" />)
    await userEvent.click(page.getByRole('button', { name: 'Copiar nome' }))
    await expect.element(page.getByRole('status').filter({ hasText: 'Copiado!' })).toBeVisible()
    expect(writeText).toHaveBeenCalledWith('Pluggy-7F3A')
    expect(await pastedText()).toBe('Pluggy-7F3A')
  })

  it('falls back to the selection when the Clipboard API refuses', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('NotAllowedError'),
    )
    render(<DeviceAuthorizationNotice deviceNickname="Pluggy-9B2C" />)
    await userEvent.click(page.getByRole('button', { name: 'Copiar nome' }))
    await expect.element(page.getByRole('status').filter({ hasText: 'Copiado!' })).toBeVisible()
    expect(await pastedText()).toBe('Pluggy-9B2C')
  })

  it('is operable by keyboard', async () => {
    const onRetry = vi.fn()
    render(<DeviceAuthorizationNotice deviceNickname="Pluggy-7F3A" onRetry={onRetry} />)
    await userEvent.click(page.getByText('Nome do dispositivo'))
    await userEvent.tab()
    await expect.element(page.getByRole('button', { name: 'Copiar nome' })).toHaveFocus()
    await userEvent.keyboard('{Enter}')
    await expect.element(page.getByRole('status').filter({ hasText: 'Copiado!' })).toBeVisible()
    await userEvent.tab()
    await expect
      .element(page.getByRole('button', { name: 'Já autorizei, verificar agora' }))
      .toHaveFocus()
    await userEvent.keyboard(' ')
    expect(onRetry).toHaveBeenCalledTimes(1)
  })
})
