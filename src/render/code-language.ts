/** The language of a code element, from its `language-…` class (as markdown.ts writes it); empty when it has none. */
export function codeLanguage(code: Element): string {
  for (const name of code.classList) if (name.startsWith('language-')) return name.slice('language-'.length);
  return '';
}
