import type { Ref } from 'react'
import { useFarolStrings } from '../../i18n/react/use-farol-strings'
import { CREDENTIAL_PROMPT_STRINGS } from './strings'

interface ErrorSummaryProps {
  summaryRef: Ref<HTMLDivElement>
  /** Fields with client-side errors (invalid before sending). */
  invalidCount: number
  /** The API rejected the last submit (any field error). */
  serverRejected: boolean
  /** Errors the API gave for the whole form (key `''`) or for fields not shown. */
  formMessages: string[]
}

/** Announces (role=alert) that the form needs fixing; focused when no field can be. */
export function ErrorSummary({
  summaryRef,
  invalidCount,
  serverRejected,
  formMessages,
}: ErrorSummaryProps) {
  const { t } = useFarolStrings(CREDENTIAL_PROMPT_STRINGS)
  const show = invalidCount > 0 || serverRejected || formMessages.length > 0
  return (
    <div ref={summaryRef} tabIndex={-1} role="alert" className="farol-CredentialPrompt-summary">
      {show ? (
        <>
          <p>
            {invalidCount > 0
              ? t('credentials.validation.summary', { count: invalidCount })
              : t('credentials.validation.serverSummary')}
          </p>
          {formMessages.map((message, index) => (
            <p key={index}>{message}</p>
          ))}
        </>
      ) : null}
    </div>
  )
}
