// Type-checked with module/moduleResolution "NodeNext": the subpaths a node script uses.
import { describeItem, parseItem } from 'farol/core'
import { startSandboxServer, type SandboxServer } from 'farol/testing/server'
import en from 'farol/locales/en'

export const phase: string = describeItem(parseItem({ id: 'x', status: 'UPDATED' })).phase
export const start: (options?: { port?: number }) => Promise<SandboxServer> = startSandboxServer
export const headline: string = en.status.reason['invalid-credentials'].headline
