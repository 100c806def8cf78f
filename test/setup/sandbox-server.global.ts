// Starts the sandbox over real HTTP for the Chromium tests, which cannot start a
// node server themselves; they read its URL with `inject('sandboxUrl')`.
import type { TestProject } from 'vitest/node'
import { startSandboxServer } from '../../src/testing/server'

export default async function setup(project: TestProject) {
  const server = await startSandboxServer({ port: 0 })
  project.provide('sandboxUrl', server.url)
  return () => server.close()
}

declare module 'vitest' {
  export interface ProvidedContext {
    sandboxUrl: string
  }
}
