// farol/core: framework-free model and logic. No React, no DOM, no fetch.
export * from './model'
export * from './parse'
export * from './describe'
export * from './warnings'
export * from './api-error'
export * from './credentials'
export * from './polling'
export * from './connections'
