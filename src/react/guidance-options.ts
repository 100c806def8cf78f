import type { DescribeItemOptions } from '../core'

/**
 * `describeItem` options, as the hooks take them. A fixed `now` (tests, stories)
 * freezes the guidance; without it the guidance follows the clock.
 */
export type GuidanceOptions = DescribeItemOptions
