import type { FarolTranslate } from '../../i18n'
import type { CreateProblem } from './use-connect-item'

const KNOWN = ['creation-limit', 'connector-offline', 'rate-limited', 'server', 'network'] as const

interface CreateProblemNoticeProps {
  t: FarolTranslate
  problem: CreateProblem
  back?: () => void
  useExisting?: () => void
  close?: () => void
}

/**
 * Why the connection was not created, and the way forward: the existing
 * connection for a duplicate, another institution when this one is down,
 * closing at the limit; otherwise sending the kept values again.
 */
export function CreateProblemNotice({
  t,
  problem,
  back,
  useExisting,
  close,
}: CreateProblemNoticeProps) {
  if (problem.kind === 'duplicate-item') {
    return (
      <div className="farol-ConnectItem-problem" role="alert" data-problem={problem.kind}>
        <p className="farol-ConnectItem-problemTitle">{t('connect.duplicate.heading')}</p>
        <p>{t('connect.duplicate.body')}</p>
        {useExisting && (
          <button
            type="button"
            className="farol-Button"
            data-variant="primary"
            onClick={useExisting}
          >
            {t('connect.duplicate.useExisting')}
          </button>
        )}
      </div>
    )
  }
  const kind = (KNOWN as readonly string[]).includes(problem.kind)
    ? (problem.kind as (typeof KNOWN)[number])
    : 'other'
  const forward =
    kind === 'connector-offline' ? back : kind === 'creation-limit' ? close : undefined
  return (
    <div className="farol-ConnectItem-problem" role="alert" data-problem={problem.kind}>
      <p>{t(`connect.problem.${kind}`)}</p>
      {forward && (
        <button type="button" className="farol-Button" onClick={forward}>
          {forward === back ? t('connect.credentials.back') : t('connect.close')}
        </button>
      )}
    </div>
  )
}
