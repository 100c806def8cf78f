const JSON_TYPE = 'application/json; charset=utf-8'

/** Every answer of the handler: JSON, never cached by a browser or a proxy. */
export function jsonResponse(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': JSON_TYPE, 'cache-control': 'no-store', ...headers },
  })
}

/** Pluggy's own error shape (`{ code, message }`), so farol's client classifies it. */
export function errorResponse(
  status: number,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return jsonResponse(status, { code: status, message }, headers)
}

/** The same answer for "no such item" and "not yours": existence is never revealed. */
export const itemNotFound = () => errorResponse(404, 'Item not found')
