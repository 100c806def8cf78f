// farol: components, hooks, provider, client, and everything from farol/core.
export * from './core'
export * from './client'
export * from './react'
export * from './i18n'
export * from './components'
