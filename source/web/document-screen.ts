// One document, filled in from the answers by the core (output/documents.ts): the text to send, with copy,
// share and print, then how to send it and keep proof, kept apart from what is sent (docs/web.md).
import type {Content, Lang} from '../content/types.js';
import type {Part} from '../output/documents.js';
import {documentView, needsChineseVersion, tableRecords} from '../output/documents.js';
import type {ScreenContext} from './context.js';
import {h} from './dom.js';
import {canShare, share} from './services.js';

const lines = (items: readonly string[]) => h('div', {class: 'lines'}, ...items.map((line) => h('p', {}, line)));

/**
 * A table on screen as records of "label: value" lines, the text that is copied and shared, which a phone
 * shows whole where eight columns would not fit; on paper as the table, to fill in by hand.
 */
function tableElements(content: Content, lang: Lang, rows: readonly (readonly string[])[]): HTMLElement {
  const [header = [], ...body] = rows;
  const table = h(
    'table',
    {},
    h('thead', {}, h('tr', {}, ...header.map((cell) => h('th', {scope: 'col'}, cell)))),
    h('tbody', {}, ...body.map((row) => h('tr', {}, ...row.map((cell) => h('td', {}, cell))))),
  );
  return h(
    'div',
    {},
    h('div', {class: 'records no-print'}, ...tableRecords(content, lang, rows).split('\n\n').map((block) => lines(block.split('\n')))),
    h('div', {class: 'table-wrap print-only'}, table),
  );
}

function partElements(content: Content, lang: Lang, parts: readonly Part[]): HTMLElement[] {
  return parts.map((part) => {
    if (part.kind === 'paragraph') return h('p', {}, part.text);
    if (part.kind === 'lines') return lines(part.lines);
    return tableElements(content, lang, part.rows);
  });
}

export function documentScreen(c: ScreenContext, id: string): HTMLElement[] {
  // The terminal's note points to --letter; the page's to its own language switch.
  const content = {...c.content, ui: {...c.content.ui, 'document.sendChinese': c.content.ui['web.document.sendChinese']!}};
  const doc = documentView(content, id, c.lang, c.state.flow.answers);
  const text = h('div', {class: 'doc-text', id: 'doc-text', lang: c.lang}, ...partElements(content, c.lang, doc.parts.text));
  const back = () => c.set({doc: undefined}, 'new');
  return [
    h('div', {class: 'actions no-print'}, h('button', {type: 'button', id: 'doc-back', onclick: back}, c.t('web.document.back'))),
    h('h1', {tabindex: -1}, doc.title),
    // Whoever receives it reads Chinese: an English reader learns it before copying, not at the end.
    ...(needsChineseVersion(c.content, id, c.lang) ? [h('p', {class: 'crisis-line'}, c.t('web.document.sendChinese'))] : []),
    h('h2', {}, c.t('web.document.text')),
    h(
      'div',
      {class: 'actions no-print'},
      h('button', {type: 'button', id: 'doc-copy', class: 'primary', onclick: () => c.copy(doc.text, () => text)}, c.t('web.document.copy')),
      canShare() && h('button', {type: 'button', id: 'doc-share', onclick: () => void share(doc.title, doc.text)}, c.t('web.document.share')),
      h('button', {type: 'button', id: 'doc-print', onclick: () => window.print()}, c.t('web.document.print')),
    ),
    text,
    h('section', {class: 'how no-print'}, h('h2', {}, c.t('document.howToSend')), ...partElements(content, c.lang, doc.parts.howToSend)),
    h('div', {class: 'actions no-print'}, h('button', {type: 'button', onclick: back}, c.t('web.document.back'))),
  ];
}
