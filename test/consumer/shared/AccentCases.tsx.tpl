'use client'
// Buttons take a handler, so a Next.js page needs a client component of the host's own
// for them. The connector's colour becomes the primary button's accent per theme, unless
// the host opts out with data-farol-connector-accent="off".
import { StatusBanner } from 'farol'
import { items } from './tones'

const { item, guidance } = items.find(({ tone }) => tone === 'warning')!
const withColour = (primaryColor: string) => ({
  ...item,
  connector: { ...item.connector!, primaryColor },
})

export function AccentCases() {
  const cases = [
    // 1a1a1a keeps contrast on the light surface only; a3e635 on the dark one only.
    { name: 'accent-light', theme: 'light', colour: '1a1a1a' },
    { name: 'accent-dark', theme: 'dark', colour: 'a3e635' },
    { name: 'accent-dark-unreadable', theme: 'dark', colour: '1a1a1a' },
    { name: 'accent-off', theme: 'dark', colour: 'a3e635', off: true },
  ] as const
  return (
    <div>
      {cases.map(({ name, theme, colour, ...rest }) => (
        <section
          key={name}
          data-case={name}
          data-farol-theme={theme}
          data-farol-connector-accent={'off' in rest ? 'off' : undefined}
        >
          <StatusBanner
            guidance={guidance}
            item={withColour(colour)}
            now={new Date('2026-07-20T09:59:00.000Z')}
            onAction={() => {}}
          />
        </section>
      ))}
    </div>
  )
}
