export interface RunningRedis {
  /** e.g. `redis://127.0.0.1:6380` */
  url: string
  port: number
  stop(): Promise<void>
}
export function findRedis(): string | undefined
export function ensureRedis(): string
export function startRedis(): Promise<RunningRedis>
