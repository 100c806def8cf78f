import type { FarolTranslate } from '../../i18n'
import type { FieldPlan } from './field-plan'
import { connectorText } from '../shared-countdown'

interface OauthLinkProps {
  t: FarolTranslate
  plan: Extract<FieldPlan, { kind: 'oauth' }>
  id: string
  connectorName?: string
}

/** The institution's authorization page, opened in a new window (http(s) only). */
export function OauthLink({ t, plan, id, connectorName }: OauthLinkProps) {
  const hintId = `${id}-hint`
  return (
    <div className="farol-CredentialPrompt-field" data-kind="oauth">
      <a
        className="farol-Button farol-CredentialPrompt-oauth"
        data-variant="primary"
        href={plan.href}
        target="_blank"
        rel="noopener noreferrer"
        aria-describedby={hintId}
      >
        {connectorText(t, 'credentials.oauth.link', connectorName)}
      </a>
      <p id={hintId} className="farol-CredentialPrompt-help">
        {t('credentials.oauth.hint')}
      </p>
    </div>
  )
}
