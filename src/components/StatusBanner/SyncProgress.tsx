import type { SyncStep } from '../../core/model'
import type { FarolTranslation } from '../../i18n'
import { translateOptional } from '../shared'

/** The in-progress step with an indeterminate progress indicator. */
export function SyncProgress({
  translation,
  step,
}: {
  translation: FarolTranslation
  step: SyncStep | undefined
}) {
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
