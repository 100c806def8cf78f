import type { ReactNode } from 'react'
import 'farol/styles.css'
import './host.css'

// No favicon request: the test fails on any failed request.
export const metadata = { title: 'farol on Next.js', icons: { icon: 'data:,' } }

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="pt-BR">
      <body>{children}</body>
    </html>
  )
}
