// The page `bench/mount.bench.ts` loads in Chromium: mounts N ItemConnectionStatus, N
// copies of the markup one of them renders (the floor), or N plain elements holding the
// same text, and times it. Bundled by esbuild (production React).
import { createElement, type ReactElement, type ReactNode } from 'react'
import { mount, unmount, type Timing } from './timed-mount'
import { createPluggyClient } from '../../src/client'
import { parseItem, type Item } from '../../src/core'
import { FarolProvider } from '../../src/react'
import { ItemConnectionStatus } from '../../src/components'

const NOW = new Date('2026-07-20T10:00:00.000Z')
const connector = {
  id: 0,
  name: 'Pluggy Bank',
  type: 'PERSONAL_BANK',
  primaryColor: 'ef294b',
  health: { status: 'ONLINE' },
  credentials: [
    { name: 'user', label: 'Usuário', type: 'text' },
    { name: 'password', label: 'Senha', type: 'password' },
  ],
}
const SCENARIOS: Record<string, Record<string, unknown>> = {
  'login-error': {
    status: 'LOGIN_ERROR',
    executionStatus: 'INVALID_CREDENTIALS',
    error: { code: 'INVALID_CREDENTIALS', message: 'Invalid credentials' },
  },
  ready: { status: 'UPDATED', executionStatus: 'SUCCESS', error: null },
}

const client = createPluggyClient({ apiKey: 'unused' })

function itemsFor(scenario: string, count: number): Item[] {
  return Array.from({ length: count }, (_, index) =>
    parseItem({
      id: `item-${index}`,
      connector,
      statusDetail: null,
      updatedAt: '2026-07-20T09:59:00.000Z',
      lastUpdatedAt: '2026-07-20T09:59:00.000Z',
      ...SCENARIOS[scenario],
    }),
  )
}

function farolTree(items: Item[]) {
  return (
    <FarolProvider client={client} locale="pt-BR">
      {items.map((item) => (
        <ItemConnectionStatus key={item.id} item={item} now={NOW} onSubmitCredentials={() => {}} />
      ))}
    </FarolProvider>
  )
}

function plainTree(text: string, count: number) {
  return (
    <>
      {Array.from({ length: count }, (_, index) => (
        <div key={index}>{text}</div>
      ))}
    </>
  )
}

/**
 * The floor: farol's own markup for the item, captured from a mounted
 * ItemConnectionStatus and replayed as a static React tree, elements built with
 * createElement like compiled JSX (no hooks, no context, no logic).
 */
type Template =
  | string
  | {
      type: string
      props: Record<string, unknown>
      /** Props that hold ids (id, for, aria-describedby…): made unique per copy, as farol's are. */
      idProps: string[]
      children: Template[]
    }

const BOOLEAN_ATTRIBUTES = new Set([
  'disabled',
  'required',
  'hidden',
  'readonly',
  'novalidate',
  'checked',
  'multiple',
  'autofocus',
  'open',
])
const RENAMED: Record<string, string> = {
  class: 'className',
  for: 'htmlFor',
  tabindex: 'tabIndex',
  readonly: 'readOnly',
  novalidate: 'noValidate',
  autofocus: 'autoFocus',
  autocomplete: 'autoComplete',
  autocapitalize: 'autoCapitalize',
  spellcheck: 'spellCheck',
  inputmode: 'inputMode',
  enterkeyhint: 'enterKeyHint',
  maxlength: 'maxLength',
  minlength: 'minLength',
  crossorigin: 'crossOrigin',
  referrerpolicy: 'referrerPolicy',
  value: 'defaultValue',
  checked: 'defaultChecked',
}
const camel = (name: string) =>
  name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())

function styleObject(text: string): Record<string, string> {
  const style: Record<string, string> = {}
  for (const declaration of text.split(';')) {
    const colon = declaration.indexOf(':')
    if (colon < 0) continue
    const name = declaration.slice(0, colon).trim()
    style[name.startsWith('--') ? name : camel(name)] = declaration.slice(colon + 1).trim()
  }
  return style
}

function templateOf(node: Node): Template | undefined {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? ''
  if (!(node instanceof Element)) return undefined
  const props: Record<string, unknown> = {}
  for (const { name, value } of Array.from(node.attributes)) {
    if (name === 'style') props.style = styleObject(value)
    else if (name.startsWith('aria-') || name.startsWith('data-')) props[name] = value
    else if (BOOLEAN_ATTRIBUTES.has(name)) props[RENAMED[name] ?? name] = true
    else props[RENAMED[name] ?? (name.includes('-') ? camel(name) : name)] = value
  }
  const children = Array.from(node.childNodes)
    .map(templateOf)
    .filter((child): child is Template => child !== undefined)
  const idProps = ['id', 'htmlFor', 'aria-describedby', 'aria-labelledby', 'aria-controls']
  return { type: node.localName, props, idProps: idProps.filter((name) => name in props), children }
}

function replay(template: Template, copy: number): ReactNode {
  if (typeof template === 'string') return template
  let props = template.props
  if (template.idProps.length > 0) {
    props = { ...props }
    for (const name of template.idProps) {
      props[name] = (props[name] as string)
        .split(' ')
        .map((id) => `${id}-${copy}`)
        .join(' ')
    }
  }
  return createElement(
    template.type,
    props,
    ...template.children.map((child) => replay(child, copy)),
  )
}

const templates = new Map<string, Template>()
function templateFor(scenario: string): Template {
  let template = templates.get(scenario)
  if (!template) {
    const mounted = mount(farolTree(itemsFor(scenario, 1)))
    template = templateOf(mounted.container.querySelector('.farol-ItemConnectionStatus')!)!
    unmount(mounted)
    templates.set(scenario, template)
  }
  return template
}

function StaticItem({ template, copy }: { template: Template; copy: number }): ReactElement {
  return replay(template, copy) as ReactElement
}

function floorTree(template: Template, count: number) {
  return (
    <>
      {Array.from({ length: count }, (_, index) => (
        <StaticItem key={index} template={template} copy={index} />
      ))}
    </>
  )
}

/** The text one ItemConnectionStatus shows for this scenario, for the plain baseline. */
function textOf(scenario: string): string {
  const mounted = mount(farolTree(itemsFor(scenario, 1)))
  const text = mounted.container.textContent ?? ''
  unmount(mounted)
  return text
}

declare global {
  interface Window {
    mountOnce(kind: 'farol' | 'floor' | 'plain', scenario: string, count: number): Timing
    textOf(scenario: string): string
    /** Whether the floor's markup is exactly what farol rendered. */
    floorMatches(scenario: string): boolean
  }
}

window.textOf = textOf
window.floorMatches = (scenario) => {
  const farol = mount(farolTree(itemsFor(scenario, 1)))
  const floor = mount(floorTree(templateFor(scenario), 1))
  // useId gives each mount its own ids: compare with ids numbered by first appearance.
  const normalized = (container: HTMLElement) => {
    let html = container.innerHTML
    Array.from(container.querySelectorAll('[id]')).forEach((element, index) => {
      html = html.replaceAll(element.id, `id-${index}`)
    })
    return html
  }
  const same = normalized(farol.container) === normalized(floor.container)
  unmount(farol)
  unmount(floor)
  return same
}
window.mountOnce = (kind, scenario, count) => {
  const tree =
    kind === 'farol'
      ? farolTree(itemsFor(scenario, count))
      : kind === 'floor'
        ? floorTree(templateFor(scenario), count)
        : plainTree(textOf(scenario), count)
  const mounted = mount(tree)
  const found =
    kind === 'plain'
      ? mounted.container.childElementCount
      : mounted.container.querySelectorAll('.farol-ItemConnectionStatus').length
  unmount(mounted)
  if (found !== count) throw new Error(`${kind}: mounted ${found} of ${count}`)
  return { commitMs: mounted.commitMs, layoutMs: mounted.layoutMs }
}
