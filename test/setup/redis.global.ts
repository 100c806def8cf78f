// One real redis-server per test run (no persistence, a free loopback port) for the
// tests of farol/server's Redis bus; they read its URL with `inject('redisUrl')`.
import type { TestProject } from 'vitest/node'
import { startRedis } from '../../scripts/redis.mjs'

export default async function setup(project: TestProject) {
  const redis = await startRedis()
  project.provide('redisUrl', redis.url)
  return () => redis.stop()
}

declare module 'vitest' {
  export interface ProvidedContext {
    redisUrl: string
  }
}
