// farol: components, hooks, provider, and everything from farol/core.
export * from './core'
export * from './i18n'
export * from './components'
