import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import 'farol/styles.css'
import './styles.css'
import type { DemoConfig } from '../demo-connections'
import { App } from './App'
import { MESSAGES, initialLocale } from './messages'

const root = createRoot(document.getElementById('root')!)
const locale = initialLocale()

/** The launcher (`npm run demo`) created the items and says where the API is. */
async function loadConfig(): Promise<DemoConfig> {
  const response = await fetch('/demo-config.json', { cache: 'no-store' })
  if (!response.ok) throw new Error(`/demo-config.json: ${response.status}`)
  return (await response.json()) as DemoConfig
}

root.render(
  <p className="mc-message" role="status">
    {MESSAGES[locale].loadingConfig}
  </p>,
)

loadConfig().then(
  (config) =>
    root.render(
      <StrictMode>
        <App config={config} initialLocale={locale} />
      </StrictMode>,
    ),
  () =>
    root.render(
      <p className="mc-message" role="alert">
        {MESSAGES[locale].configError}
      </p>,
    ),
)
