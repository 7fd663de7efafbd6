import type { Page } from '@playwright/test'

/** Every "NaN"/"Infinity" in the document, as "where: snippet" (empty when clean). */
export function scanForNonFinite(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = []
    const re = /NaN|Infinity/
    const where = (el: Element) => el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '')
    const visit = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE && re.test(node.nodeValue ?? ''))
        bad.push(`text in ${node.parentElement?.tagName}: ${node.nodeValue!.slice(0, 80)}`)
      if (node instanceof Element) {
        for (const a of node.attributes)
          if (re.test(a.value)) bad.push(`${where(node)}[${a.name}]: ${a.value.slice(0, 80)}`)
        if ('value' in node && typeof node.value === 'string' && re.test(node.value))
          bad.push(`${where(node)}.value: ${node.value}`)
        if (node.shadowRoot) visit(node.shadowRoot)
        if (node instanceof HTMLIFrameElement && node.contentDocument) visit(node.contentDocument)
      }
      for (const child of node.childNodes) visit(child)
    }
    visit(document)
    return bad
  })
}
