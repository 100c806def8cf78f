// What both mount pages time: one tree mounted into a fresh container, and its removal.
import type { ReactNode } from 'react'
import { flushSync } from 'react-dom'
import { createRoot, type Root } from 'react-dom/client'

export interface Timing {
  /** `flushSync(render)`: React's render and commit into the DOM. */
  commitMs: number
  /** The same, then style and layout forced (`getBoundingClientRect`). */
  layoutMs: number
}

export function mount(tree: ReactNode): Timing & { root: Root; container: HTMLElement } {
  const container = document.createElement('div')
  document.body.append(container)
  const root = createRoot(container)
  const start = performance.now()
  flushSync(() => root.render(tree))
  const committed = performance.now()
  container.getBoundingClientRect()
  const laidOut = performance.now()
  return { root, container, commitMs: committed - start, layoutMs: laidOut - start }
}

export function unmount({ root, container }: { root: Root; container: HTMLElement }) {
  flushSync(() => root.unmount())
  container.remove()
}
