// The content a run needs, read from the JSON files scripts/build-content.js writes: one language at a
// time, and of it only the parts asked for (source/content/assemble.ts puts them together). Each file is
// read and parsed when first needed.
import {fs} from './node.js';
import {assemble, type ContentPart, mergeLanguages} from '../content/assemble.js';
import {type Content, type Lang, LANGS, type OneLanguage, type StartContent} from '../content/types.js';

/**
 * The folder of the files: source/content/ when running from source; once built, the entry says where
 * (dist/content/, beside it), since the bundler decides which file this module ends up in.
 */
let dir = new URL('../content/', import.meta.url);

export function setContentDir(url: URL): void {
  dir = url;
}

export function contentFile(lang: Lang, part: ContentPart): URL {
  return new URL(`generated-${lang}-${part}.json`, dir);
}

const read = (lang: Lang, part: ContentPart): unknown => JSON.parse(fs.readFileSync(contentFile(lang, part), 'utf8'));

/** The part of one language's content the first frame needs, a sixth of the whole to read and parse. */
export async function loadStartContent(lang: Lang): Promise<StartContent> {
  return read(lang, 'start') as StartContent;
}

/**
 * One language's content. Without `documents`, each document is only its id, title and condition (all a
 * result needs: which apply); with it, their texts too (--letter, the interface).
 */
export async function loadContent(lang: Lang, options: {documents?: boolean} = {}): Promise<OneLanguage> {
  return readContent(lang, options);
}

/** `loadContent` at once, for the interface, which reads another language when the person switches to it. */
export function readContent(lang: Lang, {documents = false} = {}): OneLanguage {
  return assemble(read(lang, 'main') as OneLanguage, documents ? (read(lang, 'documents') as OneLanguage['documents']) : undefined);
}

export async function loadAllContent(): Promise<Content> {
  return mergeLanguages(await Promise.all(LANGS.map((lang) => loadContent(lang, {documents: true}))));
}
