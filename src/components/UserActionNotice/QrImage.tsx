import { useState } from 'react'

/** The QR code to scan; a text fallback when it is missing, unsafe or fails to load. */
export function QrImage({
  src,
  alt,
  unavailableText,
}: {
  src: string | undefined
  alt: string
  unavailableText: string
}) {
  const [failed, setFailed] = useState(false)
  if (!src || failed)
    return <p className="farol-UserActionNotice-qrUnavailable">{unavailableText}</p>
  return (
    <img
      className="farol-UserActionNotice-qr"
      src={src}
      alt={alt}
      referrerPolicy="no-referrer"
      onError={() => setFailed(true)}
    />
  )
}
