// Every tone of StatusBanner, with the OS theme, forced light and forced dark, and a
// host override. No hooks and no 'use client': a Next.js server component renders it as
// is, with farol/core (parseItem, describeItem) running on the server.
import { StatusBanner } from 'farol'
import { describeItem, parseItem } from 'farol/core'

const connector = {
  id: 0,
  name: 'Pluggy Bank',
  type: 'PERSONAL_BANK',
  health: { status: 'ONLINE' },
  credentials: [
    { name: 'user', label: 'Usuário', type: 'text' },
    { name: 'password', label: 'Senha', type: 'password' },
  ],
}
const at = '2026-07-20T09:59:00.000Z'

/** One item per tone (StatusBanner's data-tone says which it got). */
export const TONE_ITEMS = {
  success: { status: 'UPDATED', executionStatus: 'SUCCESS' },
  info: { status: 'UPDATING', executionStatus: 'LOGIN_IN_PROGRESS' },
  warning: {
    status: 'OUTDATED',
    executionStatus: 'SITE_NOT_AVAILABLE',
    error: { code: 'SITE_NOT_AVAILABLE', message: 'Site unavailable' },
  },
  danger: {
    status: 'LOGIN_ERROR',
    executionStatus: 'INVALID_CREDENTIALS',
    error: { code: 'INVALID_CREDENTIALS', message: 'Invalid credentials' },
  },
  neutral: { status: 'SOMETHING_NEW', executionStatus: 'SOMETHING_NEW' },
}

export const items = Object.entries(TONE_ITEMS).map(([tone, fields]) => {
  const item = parseItem({
    id: `tone-${tone}`,
    connector,
    statusDetail: null,
    createdAt: at,
    updatedAt: at,
    lastUpdatedAt: at,
    ...fields,
  })
  // A fixed clock: the server's render and the browser's hydration say the same.
  return { tone, item, guidance: describeItem(item, { now: new Date(at) }) }
})

export function ToneCase({ name, theme }: { name: string; theme?: 'light' | 'dark' }) {
  return (
    <section data-case={name} data-farol-theme={theme} className={`host-case-${name}`}>
      <h2>{name}</h2>
      {items.map(({ tone, item, guidance }) => (
        <StatusBanner key={tone} guidance={guidance} item={item} now={new Date(at)} />
      ))}
    </section>
  )
}

export function Tones() {
  return (
    <main>
      <h1>farol tones</h1>
      <ToneCase name="os" />
      <ToneCase name="light" theme="light" />
      <ToneCase name="dark" theme="dark" />
      <ToneCase name="host-dark" theme="dark" />
    </main>
  )
}
