// What the consumer checks watch in every page they open.

/** A page as a user in Brazil opens it, whatever the server's time zone. */
export async function brazilianPage(browser) {
  const context = await browser.newContext({ timezoneId: 'America/Sao_Paulo', locale: 'pt-BR' })
  return { context, page: await context.newPage() }
}

/**
 * Collects what a host would see go wrong in `page`: console errors and warnings
 * (hydration mismatches among them), page errors, failed requests and HTTP errors.
 */
export function watchProblems(page) {
  const problems = []
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console.${message.type()}: ${message.text()}`)
    }
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`),
  )
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`)
  })
  return problems
}
