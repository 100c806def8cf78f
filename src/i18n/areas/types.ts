import type { FarolResources } from '../types'

/** A part of farol's strings, used by some components: `status`, `credentials`, … */
export type FarolArea = keyof FarolResources

/**
 * The pt-BR strings of the areas a component shows, e.g. `{ common, status }`.
 * Components pass theirs to the translation hook, so a host bundles only the
 * strings of the components it imports.
 */
export type AreaStrings = Partial<FarolResources>
