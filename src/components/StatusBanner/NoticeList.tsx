import type { GuidanceNotice } from '../../core/model'
import { useFarolStrings } from '../../i18n/react/use-farol-strings'
import { STATUS_BANNER_STRINGS } from './strings'
import { noticeText } from './notice-text'

export function NoticeList({ notices }: { notices: GuidanceNotice[] }) {
  const translation = useFarolStrings(STATUS_BANNER_STRINGS)
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
