// farol's own strings in the story's language, so play functions find buttons and headlines
// whatever language the toolbar is set to.
import type { StoryContext } from '@storybook/react-vite'
import { loadFarolLocale, type FarolResources } from '../../src/i18n'
import { storyLocale } from './story-globals'

export function farolText(
  context: Pick<StoryContext, 'globals' | 'parameters'>,
): Promise<FarolResources> {
  return loadFarolLocale(storyLocale(context))
}

/** A pattern for a string with `{{placeholders}}`, e.g. `retryAt` → /Você pode tentar de novo às .+?\./ */
export function textPattern(template: string): RegExp {
  const parts = template.split(/\{\{\s*\w+\s*\}\}/)
  return new RegExp(parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+?'))
}

/** `template` with its `{{placeholders}}` filled, e.g. `fill(t.credentials.validation.summary_other, { count: 2 })`. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  )
}
