import type { Connector } from '../../core/model'
import { safeImageUrl } from '../shared'

export interface InstitutionHeaderProps {
  connector: Connector | undefined
  nameId: string
  fallbackName: string
}

/** The connector's logo and name. The logo is decorative: the name is text beside it. */
export function InstitutionHeader({ connector, nameId, fallbackName }: InstitutionHeaderProps) {
  const name = typeof connector?.name === 'string' && connector.name.trim() ? connector.name : ''
  const logo = safeImageUrl(connector?.imageUrl)
  return (
    <p className="farol-StatusBanner-institution">
      {logo && (
        <img
          className="farol-StatusBanner-logo"
          src={logo}
          alt=""
          width={32}
          height={32}
          loading="lazy"
          decoding="async"
          referrerPolicy="no-referrer"
        />
      )}
      <bdi id={nameId} className="farol-StatusBanner-institutionName">
        {name || fallbackName}
      </bdi>
    </p>
  )
}
