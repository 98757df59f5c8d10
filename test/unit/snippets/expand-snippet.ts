/**
 * Expands a VS Code snippet body the way accepting every default does:
 * `${1:text}` → text, `${1|a,b|}` → a, `$1`/`${1}`/`$0` → nothing.
 * Enough for our snippet files (no nesting, no variables, no transforms).
 */
export function expandSnippet(body: string | readonly string[]): string {
  const text = typeof body === 'string' ? body : body.join('\n');
  return text
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
    .replace(/\$\{\d+\}|\$\d+/g, '');
}
