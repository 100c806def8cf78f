import type { StoryContext } from '@storybook/react-vite'
import type * as MswStorybookAddon from 'msw-storybook-addon'

type MswAddon = typeof MswStorybookAddon

let addon: Promise<MswAddon> | undefined

/**
 * msw-storybook-addon's loader, started by the first story that has `parameters.msw`
 * (the live stories): the others never load MSW or register its service worker.
 * The worker (public/mockServiceWorker.js) is found relative to the page, so a static
 * build works from any folder. Once started, every story resets the handlers to its own.
 */
export async function lazyMswLoader(context: StoryContext): Promise<object> {
  if (!addon) {
    if (!context.parameters.msw) return {}
    addon = import('msw-storybook-addon').then((msw) => {
      msw.initialize({
        onUnhandledRequest: 'bypass',
        quiet: true,
        serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
      })
      return msw
    })
  }
  return (await addon).mswLoader(context)
}
