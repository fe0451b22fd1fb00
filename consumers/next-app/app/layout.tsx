import type { Metadata } from 'next'
import '@media-uploader/react/styles.css'

export const metadata: Metadata = {
  title: 'media-uploader · Next.js',
}

export default function RootLayout({ children }: LayoutProps<'/'>) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
