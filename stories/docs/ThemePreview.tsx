// The same banners in farol's light and dark themes and in a host brand, side by side.
import { StatusBanner } from '../../src/components/StatusBanner'
import { NOW, sample } from '../components/status-samples'
import { BRAND_CLASS } from '../support/story-globals'

const THEMES = [
  { label: 'Light', theme: 'light', className: undefined },
  { label: 'Dark', theme: 'dark', className: undefined },
  { label: 'Host brand (Roxo Bank)', theme: 'light', className: BRAND_CLASS },
] as const

export function ThemePreview() {
  return (
    <div
      style={{
        display: 'grid',
        gap: 16,
        gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))',
      }}
    >
      {THEMES.map(({ label, theme, className }) => (
        <figure
          key={label}
          className={className}
          data-farol-theme={theme}
          data-farol-connector-accent={className ? 'off' : undefined}
          style={{
            display: 'grid',
            gap: 12,
            alignContent: 'start',
            margin: 0,
            padding: 16,
            borderRadius: 8,
            background: 'var(--farol-surface)',
            color: 'var(--farol-text)',
            fontFamily: 'var(--farol-font-family)',
          }}
        >
          <figcaption style={{ fontWeight: 600 }}>{label}</figcaption>
          <StatusBanner {...sample('account-needs-action')} now={NOW} onAction={() => {}} />
          <StatusBanner {...sample('syncing')} now={NOW} headingLevel={3} />
        </figure>
      ))}
    </div>
  )
}
