import { useState } from 'react'

interface InstitutionImageProps {
  id?: string
  /** Already vetted by `safeImageSrc`; undefined shows the fallback text. */
  src: string | undefined
  alt: string
  unavailableText: string
  className: string
  unavailableClassName: string
}

/** A picture the institution sent (QR code, captcha), with a text fallback when it is unusable or fails to load. */
export function InstitutionImage({
  id,
  src,
  alt,
  unavailableText,
  className,
  unavailableClassName,
}: InstitutionImageProps) {
  const [failed, setFailed] = useState(false)
  if (!src || failed) {
    return (
      <p id={id} className={unavailableClassName}>
        {unavailableText}
      </p>
    )
  }
  return (
    <img
      id={id}
      className={className}
      src={src}
      alt={alt}
      referrerPolicy="no-referrer"
      onError={() => setFailed(true)}
    />
  )
}
