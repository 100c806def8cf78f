// farol/core: framework-free model and logic. No React, no DOM, no fetch.
export * from './model'
