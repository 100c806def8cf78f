import { useFarolStrings } from '../../i18n/react/use-farol-strings'
import { STATUS_BANNER_STRINGS } from './strings'

/** The institution's own words, verbatim, as text, marked as Portuguese. */
export function ProviderMessage({ message }: { message: string }) {
  const { t } = useFarolStrings(STATUS_BANNER_STRINGS)
  return (
    <figure className="farol-StatusBanner-providerMessage">
      <figcaption className="farol-StatusBanner-providerMessageLabel">
        {t('common.bankMessage')}
      </figcaption>
      <blockquote className="farol-StatusBanner-providerMessageText" lang="pt-BR" dir="auto">
        {message}
      </blockquote>
    </figure>
  )
}
