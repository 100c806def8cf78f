/** The largest request body the handler reads. */
export const MAX_BODY_BYTES = 64 * 1024

export type BodyResult =
  { ok: true; value: unknown } | { ok: false; status: 400 | 413; message: string }

const tooLarge = { ok: false, status: 413, message: 'Request body too large' } as const
const badJson = { ok: false, status: 400, message: 'Request body is not valid JSON' } as const

/** The body as text, reading at most `limit` bytes (more → `undefined`). */
export async function readText(request: Request, limit: number): Promise<string | undefined> {
  const declared = Number(request.headers.get('content-length') ?? '0')
  if (declared > limit) {
    await request.body?.cancel().catch(() => {})
    return undefined
  }
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => {})
      return undefined
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    bytes.set(chunk, at)
    at += chunk.byteLength
  }
  return new TextDecoder().decode(bytes)
}

/** The JSON body (`undefined` when empty), or the 413 / 400 to answer. */
export async function readJsonBody(request: Request, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  const text = await readText(request, limit)
  if (text === undefined) return tooLarge
  if (text.trim() === '') return { ok: true, value: undefined }
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    return badJson
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
