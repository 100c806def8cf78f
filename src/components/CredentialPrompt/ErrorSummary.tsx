import type { FarolTranslate } from '../../i18n'

interface ErrorSummaryProps {
  t: FarolTranslate
  summaryProps: { role: 'alert'; tabIndex: -1 }
  /** Fields with client-side errors (invalid before sending). */
  invalidCount: number
  /** The API rejected the last submit (any field error). */
  serverRejected: boolean
  /** Errors the API gave for the whole form (key `''`) or for fields not shown. */
  formMessages: string[]
}

/**
 * Announces (role=alert) that the form needs fixing; focused when no field can be.
 * Always rendered, and empty when all is well, so the alert is heard when it fills.
 */
export function ErrorSummary({
  t,
  summaryProps,
  invalidCount,
  serverRejected,
  formMessages,
}: ErrorSummaryProps) {
  const show = invalidCount > 0 || serverRejected || formMessages.length > 0
  return (
    <div {...summaryProps} className="farol-CredentialPrompt-summary">
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
