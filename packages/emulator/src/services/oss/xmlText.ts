/** Escapes element text for XML the way OSS writes it (`&`, `<`, `>` only: ETags keep their literal quotes). */
export function xmlText(text: string): string {
  return text.replace(/[&<>]/g, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : '&gt;'))
}
