import { http, HttpResponse, type HttpHandler } from 'msw'
import { handleControlRequest, isControlPath } from './control-routes'
import type { Sandbox } from './engine/sandbox-types'
import { serializeBody, type SandboxResponse } from './engine/http-types'

export interface SandboxHandlersOptions {
  /**
   * Where the host's client sends Pluggy requests, e.g. `https://api.pluggy.ai` or a
   * relative `/api/pluggy` (resolved against the page in the browser).
   */
  baseUrl?: string
  /** Also serve the `/__sandbox/*` control routes under `baseUrl`. Default false. */
  controlRoutes?: boolean
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function basePath(baseUrl: string): string {
  const path = /^[a-z][a-z0-9+.-]*:\/\//i.test(baseUrl) ? new URL(baseUrl).pathname : baseUrl
  return path.replace(/\/+$/, '')
}

async function toHttpResponse(response: SandboxResponse): Promise<Response> {
  if (response.delayMs) await sleep(response.delayMs)
  if (response.dropConnection) return HttpResponse.error()
  return new HttpResponse(serializeBody(response), {
    status: response.status,
    headers: response.headers,
  })
}

/**
 * msw 2.x handlers that answer every request under `baseUrl` from the sandbox.
 * Works with `setupServer` (msw/node) and `setupWorker` (msw/browser, Storybook).
 */
export function createSandboxHandlers(
  sandbox: Sandbox,
  options: SandboxHandlersOptions = {},
): HttpHandler[] {
  const baseUrl = (options.baseUrl ?? 'https://api.pluggy.ai').replace(/\/+$/, '')
  const prefix = basePath(baseUrl)
  return [
    http.all(`${baseUrl}/*`, async ({ request }) => {
      const url = new URL(request.url)
      const path = url.pathname.slice(prefix.length) || '/'
      const sandboxRequest = {
        method: request.method,
        path,
        query: url.searchParams,
        headers: request.headers,
        rawBody: ['GET', 'HEAD'].includes(request.method) ? '' : await request.text(),
      }
      if (isControlPath(path)) {
        if (!options.controlRoutes) return undefined
        return toHttpResponse(handleControlRequest(sandbox, sandboxRequest))
      }
      return toHttpResponse(sandbox.handle(sandboxRequest))
    }),
  ]
}
