import type { HTMLAttributes } from 'react'

export type HeadingLevel = 2 | 3 | 4 | 5 | 6

export interface HeadingProps extends HTMLAttributes<HTMLHeadingElement> {
  level: HeadingLevel
}

/** `<h2>`–`<h6>`: the host decides where farol sits in its outline. */
export function Heading({ level, ...rest }: HeadingProps) {
  const Tag = `h${level}` as const
  return <Tag {...rest} />
}

/** A component's stable class (`farol-StatusBanner`) plus the host's `className`. */
export function blockClass(block: string, className: string | undefined): string {
  return className ? `${block} ${className}` : block
}
