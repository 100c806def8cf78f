// A server component: farol's components imported as they are, no 'use client' wrapper
// of the host's own; farol/core runs here, on the server.
import { ItemConnectionStatus } from 'farol'
import { describeItem } from 'farol/core'
import { AccentCases } from './AccentCases'
import { Tones, items } from './tones'

export default function Page() {
  const danger = items.find(({ tone }) => tone === 'danger')!
  const reason = describeItem(danger.item, { now: new Date('2026-07-20T10:00:00.000Z') }).reason
  return (
    <>
      <p data-testid="server-reason">{reason}</p>
      <Tones />
      <AccentCases />
      <section data-testid="composite" data-farol-theme="light">
        <ItemConnectionStatus item={danger.item} now={new Date('2026-07-20T10:00:00.000Z')} />
      </section>
    </>
  )
}
