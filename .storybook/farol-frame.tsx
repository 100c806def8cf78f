import type { Decorator } from '@storybook/react-vite'
import type { CSSProperties } from 'react'
import { FarolI18nProvider } from '../src/i18n'
import { BRAND_CLASS, storyLocale, storyTheme } from '../stories/support/story-globals'

export interface FrameParameters {
  /** Width of the column the story sits in. Default `32rem` (a phone-sized card); `none` for tables. */
  maxWidth?: string
}

/**
 * Every story sits in a host-like page: farol's strings in the toolbar's language
 * (`parameters.locale` overrides it), and a surface painted with `--farol-surface`
 * in the toolbar's theme, so colour contrast is checked on the real background.
 */
export const withFarolFrame: Decorator = (Story, context) => {
  const locale = storyLocale(context)
  const theme = storyTheme(context)
  const { maxWidth = '32rem' } = (context.parameters.frame ?? {}) as FrameParameters
  const page: CSSProperties = {
    boxSizing: 'border-box',
    minHeight: context.viewMode === 'docs' ? undefined : '100vh',
    padding: '1rem',
    background: 'var(--farol-surface)',
    color: 'var(--farol-text)',
    fontFamily: 'var(--farol-font-family)',
  }
  return (
    <FarolI18nProvider locale={locale}>
      <div
        className={theme === 'brand' ? BRAND_CLASS : undefined}
        data-farol-theme={theme === 'dark' ? 'dark' : 'light'}
        // The brand keeps its own accent on buttons and links, whatever the bank's colour.
        data-farol-connector-accent={theme === 'brand' ? 'off' : undefined}
        data-story-theme={theme}
        lang={locale}
        style={page}
      >
        <div style={{ maxWidth }}>
          <Story />
        </div>
      </div>
    </FarolI18nProvider>
  )
}
