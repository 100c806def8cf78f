import type { GuidanceNotice } from '../../core/model'
import type { FarolTranslation } from '../../i18n'
import { noticeText } from './notice-text'

export function NoticeList({
  translation,
  notices,
}: {
  translation: FarolTranslation
  notices: GuidanceNotice[]
}) {
  const items = notices
    .map((notice) => ({ notice, text: noticeText(translation, notice) }))
    .filter(({ text }) => text)
  if (items.length === 0) return null
  return (
    <ul className="farol-StatusBanner-notices">
      {items.map(({ notice, text }, index) => (
        <li
          key={`${notice.type}-${index}`}
          className="farol-StatusBanner-notice"
          data-notice={notice.type}
        >
          {text}
        </li>
      ))}
    </ul>
  )
}
