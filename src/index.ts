// farol: components, hooks, provider, and everything from farol/core.
export * from './core'
