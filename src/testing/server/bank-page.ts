// The sandbox "bank" of an Open Finance consent: the page an item's `parameter.data` links to.
// Plain HTML, no script; the answer is a form POST, then a redirect back to the host app.
import { CONSENT_PATH } from '../engine/consent'
import { SandboxError, type Sandbox } from '../engine/sandbox-types'

export interface BankPageResponse {
  status: number
  headers: Record<string, string>
  body: string
}

const HTML_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  // No script, no frames: a bank page is never shown inside the host app.
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

const STYLE =
  'body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#1d1d1f}' +
  'button{font:inherit;padding:.6rem 1.2rem;margin-right:.5rem;border-radius:.4rem;border:1px solid #555}' +
  'button[value=approve]{background:#0b6b3a;color:#fff;border-color:#0b6b3a}'

function page(status: number, title: string, content: string): BankPageResponse {
  const body =
    `<!doctype html><html lang="pt-BR"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>` +
    `<body><main>${content}</main></body></html>`
  return { status, headers: { ...HTML_HEADERS }, body }
}

export const isBankPagePath = (path: string) => path === CONSENT_PATH

/** Where the bank sends the user back: the item's `oauthRedirectUri` with `itemId`, if usable. */
function redirectTarget(redirectUri: string | null | undefined, itemId: string): string | null {
  if (!redirectUri) return null
  try {
    const url = new URL(redirectUri)
    // http(s) or an app's deep link (`myapp://…`); never a scheme that runs or reads anything.
    if (/^(javascript|data|vbscript|file|blob|about):$/i.test(url.protocol)) return null
    url.searchParams.set('itemId', itemId)
    return url.href
  } catch {
    return null
  }
}

function consentForm(sandbox: Sandbox, itemId: string): BankPageResponse {
  const item = sandbox.getItem(itemId)
  if (!item)
    return page(404, 'Consentimento não encontrado', '<h1>Consentimento não encontrado</h1>')
  if (item.parameter?.type !== 'oauth') {
    return page(
      409,
      'Consentimento encerrado',
      '<h1>Este pedido de consentimento já foi respondido ou expirou.</h1>',
    )
  }
  const bank = escapeHtml(item.connector?.name ?? 'Banco')
  const products = (item.products ?? []).map((p) => `<li>${escapeHtml(p)}</li>`).join('')
  return page(
    200,
    `${item.connector?.name ?? 'Banco'}: autorizar compartilhamento`,
    `<h1>${bank}</h1>` +
      `<p>Sandbox do farol: um aplicativo pede acesso, via Open Finance, a estes dados da sua conta:</p>` +
      `<ul>${products}</ul>` +
      `<form method="post" action="${CONSENT_PATH}">` +
      `<input type="hidden" name="itemId" value="${escapeHtml(itemId)}">` +
      `<button type="submit" name="decision" value="approve">Autorizar</button>` +
      `<button type="submit" name="decision" value="refuse">Recusar</button>` +
      `</form>`,
  )
}

function answer(sandbox: Sandbox, rawBody: string): BankPageResponse {
  const form = new URLSearchParams(rawBody)
  const itemId = form.get('itemId') ?? ''
  const decision = form.get('decision')
  if (decision !== 'approve' && decision !== 'refuse') {
    return page(400, 'Resposta inválida', '<h1>Escolha Autorizar ou Recusar.</h1>')
  }
  let item
  try {
    item = sandbox.answerConsent(itemId, decision === 'approve')
  } catch (error) {
    // Unknown item, or answered / expired already: the page says which.
    if (error instanceof SandboxError) return consentForm(sandbox, itemId)
    throw error
  }
  const target = redirectTarget(item.oauthRedirectUri, itemId)
  if (target) return { status: 303, headers: { ...HTML_HEADERS, location: target }, body: '' }
  const done =
    decision === 'approve' ? 'Compartilhamento autorizado.' : 'Compartilhamento recusado.'
  return page(200, done, `<h1>${done}</h1><p>Você já pode fechar esta aba.</p>`)
}

/** `GET` shows the consent for `?itemId=`, `POST` (a form) approves or refuses it. */
export function handleBankPage(
  sandbox: Sandbox,
  method: string,
  query: URLSearchParams,
  rawBody: string,
): BankPageResponse {
  if (method === 'GET') return consentForm(sandbox, query.get('itemId') ?? '')
  if (method === 'POST') return answer(sandbox, rawBody)
  return { status: 405, headers: { ...HTML_HEADERS, allow: 'GET, POST' }, body: '' }
}
