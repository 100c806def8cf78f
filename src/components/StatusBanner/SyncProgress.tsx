import type { SyncStep } from '../../core/model'
import { useFarolStrings } from '../../i18n/react/use-farol-strings'
import { STATUS_BANNER_STRINGS } from './strings'
import { translateOptional } from '../shared'

/** The in-progress step with an indeterminate progress indicator. */
export function SyncProgress({ step }: { step: SyncStep | undefined }) {
  const translation = useFarolStrings(STATUS_BANNER_STRINGS)
  const text =
    (step && translateOptional(translation, `status.step.${step}`)) ||
    translation.t('status.step.other')
  return (
    <p className="farol-StatusBanner-step">
      <span
        className="farol-Spinner"
        role="progressbar"
        aria-label={translation.t('status.progressLabel')}
        aria-valuetext={text}
      />
      <span>{text}</span>
    </p>
  )
}
