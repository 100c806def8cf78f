/** Matches `/items/:id/mfa`-style patterns. */
export interface RouteMatch<R> {
  route: R
  params: Record<string, string>
}

export interface RoutePattern {
  method: string
  pattern: string
}

function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/')
  const got = path.split('/')
  if (want.length !== got.length) return undefined
  const params: Record<string, string> = {}
  for (let i = 0; i < want.length; i++) {
    const w = want[i] ?? ''
    const g = got[i] ?? ''
    if (w.startsWith(':')) {
      if (g === '') return undefined
      try {
        params[w.slice(1)] = decodeURIComponent(g)
      } catch {
        return undefined
      }
    } else if (w !== g) return undefined
  }
  return params
}

/** The route for this method and path; `methodNotAllowed` when only the path matches. */
export function findRoute<R extends RoutePattern>(
  routes: readonly R[],
  method: string,
  path: string,
): RouteMatch<R> | { methodNotAllowed: string[] } | undefined {
  const allowed: string[] = []
  for (const route of routes) {
    const params = matchPath(route.pattern, path)
    if (!params) continue
    if (route.method === method) return { route, params }
    allowed.push(route.method)
  }
  return allowed.length > 0 ? { methodNotAllowed: allowed } : undefined
}
