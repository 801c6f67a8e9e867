// A few lines of DOM building for the web edition: elements from a tag, attributes and children. Text is
// always set as text (never parsed as HTML), and no `style` attribute is ever written: the page's
// Content-Security-Policy forbids inline styles (docs/web.md).

export type Child = Node | string | false | null | undefined;
export type Attrs = Readonly<Record<string, string | number | boolean | undefined | ((event: Event) => void)>>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (name === 'style') throw new Error('no inline styles: the page forbids them');
    if (typeof value === 'function') el.addEventListener(name.replace(/^on/, ''), value);
    else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, String(value));
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === false || child === null || child === undefined) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Paragraphs kept as the content writes them: one `<p>` per line. */
export function paragraphs(text: string, attrs: Attrs = {}): HTMLElement[] {
  return text.split('\n').filter((line) => line.trim() !== '').map((line) => h('p', attrs, line));
}
