// @ts-expect-error jsdom ships no types and @types/jsdom is not a dependency
import { JSDOM as UntypedJSDOM } from 'jsdom'

interface JsdomWindow {
  document: Document
}
const JSDOM = UntypedJSDOM as new (
  html: string,
  options: { url: string; pretendToBeVisual: boolean },
) => { window: JsdomWindow }

/** A DOM for React in plain node: jsdom's window properties copied onto the global. */
export function installDom(): void {
  const dom = new JSDOM('<!doctype html><html><body></body></html>', {
    url: 'http://localhost/',
    pretendToBeVisual: true,
  })
  const window = dom.window as unknown as Record<string, unknown>
  for (const key of Object.getOwnPropertyNames(window)) {
    if (key in globalThis) continue
    Object.defineProperty(globalThis, key, {
      configurable: true,
      get: () => window[key],
    })
  }
  Object.defineProperty(globalThis, 'window', { configurable: true, value: dom.window })
  Object.defineProperty(globalThis, 'document', { configurable: true, value: dom.window.document })
  ;(globalThis as Record<string, unknown>).IS_REACT_ACT_ENVIRONMENT = true
}
