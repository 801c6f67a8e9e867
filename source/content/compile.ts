// Build-time loader: reads questions/*.yaml, validates them with the zod schema, checks cross-references,
// and produces the Content the program ships, in every language of the languages table (a derived one, zh-Hant,
// converted from the one it is derived from: source/content/hant.ts).
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {parse} from 'yaml';
import type {z} from 'zod';
import {compileDocuments} from './compile-documents.js';
import {hantConverter, zhHantFile} from './hant.js';
import {
  answersFile,
  checklistFile,
  metaFile,
  questionsFile,
  reasonsFile,
  referencesFile,
  type sourceLocalized,
  uiFile,
} from './schema.js';
import {LANGUAGES, type Lang, type Language, language, type Typography} from './languages.js';
import {ANSWER_IDS, type AnswerId, type Condition, type Content, type Localized, type Question} from './types.js';
import {compareVersions} from './version.js';

type SourceLocalized = z.infer<typeof sourceLocalized>;

/** Confidence levels that content may never cite: Low and UNCONFIRMED facts are never stated (docs/content.md). */
export const FORBIDDEN_CONFIDENCE = new Set(['Low', 'UNCONFIRMED']);

/** A pinyin gloss in parentheses after Han characters, e.g. "互聯(lián)網": the seed article's conversion artefact. */
export const PINYIN_ARTEFACT = /[\u3400-\u9fff][(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/u;

/**
 * A text's quotation marks, outer and inner, rewritten from one language's typography to another's, one for
 * one (zh-Hans “” and ‘’, GB/T 15834-2011, become zh-Hant 「」 and 『』). A conversion (opencc-js) leaves
 * the marks as they are, so a derived language gets its own here, from the table.
 */
export function requote(from: Typography, to: Typography): (text: string) => string {
  const into = [...to.quotes, ...to.innerQuotes];
  const marks = new Map([...from.quotes, ...from.innerQuotes].map((mark, i) => [mark, into[i]!]));
  return (text) => [...text].map((c) => marks.get(c) ?? c).join('');
}

/**
 * Words opencc-js turns into the wrong one in this content: 发卡银行 issues cards, it is not a hairpin (髮卡);
 * 你签的合同 is signed (簽), not a lot drawn (籤).
 */
export const HANT_MISCONVERSIONS: readonly (readonly [string, string])[] = [
  ['髮卡', '發卡'],
  ['你籤', '你簽'],
];
const fixHant = (text: string) => HANT_MISCONVERSIONS.reduce((t, [wrong, right]) => t.replaceAll(wrong, right), text);

export class ContentError extends Error {}

function load<S extends z.ZodType>(dir: string, file: string, schema: S): z.infer<S> {
  const full = path.join(dir, file);
  let data: unknown;
  try {
    data = parse(readFileSync(full, 'utf8'));
  } catch (error) {
    throw new ContentError(`${file}: ${(error as Error).message}`);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new ContentError(`${file} does not match the schema:\n${issues}`);
  }
  return result.data;
}

function placeholders(text: string): string {
  return [...text.matchAll(/\{(\w+)\}/g)]
    .map((m) => m[1])
    .sort()
    .join(',');
}

/** How a derived language is made, by the table's `by`: `opencc-tw` by the rules of questions/zh-hant.yaml. */
const DERIVE: Readonly<Record<Extract<Language['source'], {by: string}>['by'], (dir: string) => (text: string) => string>> = {
  'opencc-tw': (dir) => {
    const toTraditional = hantConverter(load(dir, 'zh-hant.yaml', zhHantFile));
    return (text) => fixHant(toTraditional(text));
  },
};

/** Each language's text from the hand-written ones: an authored language as written, a derived one made. */
function localizer(dir: string): (value: SourceLocalized) => Localized {
  const make = LANGUAGES.map((l: Language): [Lang, (value: Readonly<Record<string, string>>) => string] => {
    const id = l.id as Lang;
    if ('authored' in l.source) return [id, (value) => value[id]!];
    const {derivedFrom, by} = l.source;
    const convert = DERIVE[by](dir);
    const quotes = requote(language(derivedFrom as Lang).typography, l.typography);
    return [id, (value) => quotes(convert(value[derivedFrom]!))];
  });
  return (value) => Object.fromEntries(make.map(([id, text]) => [id, text(value)])) as Localized;
}

export function compileContent(dir: string): Content {
  const errors: string[] = [];
  const languages = localizer(dir);

  const localize = (value: SourceLocalized, where: string): Localized => {
    const out = languages(value);
    const [first, ...others] = LANGUAGES.map((l): Lang => l.id) as [Lang, ...Lang[]];
    for (const [lang, text] of Object.entries(out)) {
      if (PINYIN_ARTEFACT.test(text)) errors.push(`${where} (${lang}): pinyin artefact in "${text}"`);
    }
    for (const lang of others) {
      if (placeholders(out[first]) !== placeholders(out[lang])) errors.push(`${where}: placeholders differ between ${first} and ${lang}`);
    }
    return out;
  };

  const meta = load(dir, 'meta.yaml', metaFile);
  const qf = load(dir, 'questions.yaml', questionsFile);
  const cf = load(dir, 'checklist.yaml', checklistFile);
  const rf = load(dir, 'references.yaml', referencesFile);
  const reasonsSource = load(dir, 'reasons.yaml', reasonsFile);
  const answersSource = load(dir, 'answers.yaml', answersFile);
  // UI strings may be split by owner: ui.yaml, ui-tui.yaml, ui-store.yaml, ui-phone-tui.yaml…
  const uiStrings: Record<string, SourceLocalized> = {};
  for (const file of readdirSync(dir).filter((f) => /^ui(-[a-z]+)*\.yaml$/.test(f)).sort()) {
    for (const [key, value] of Object.entries(load(dir, file, uiFile).ui)) {
      if (key in uiStrings) errors.push(`${file}: UI string "${key}" is defined twice`);
      uiStrings[key] = value;
    }
  }

  const unique = (ids: readonly string[], what: string) => {
    const seen = new Set<string>();
    for (const one of ids) {
      if (seen.has(one)) errors.push(`duplicate ${what} id "${one}"`);
      seen.add(one);
    }
  };
  const idLists: [string, readonly {readonly id: string}[]][] = [
    ['section', qf.sections],
    ['question', qf.questions],
    ['checklist', cf.checklist],
    ['reference', rf.references],
    ['reason', reasonsSource.reasons],
  ];
  for (const [what, list] of idLists) {
    unique(
      list.map((x) => x.id),
      what,
    );
  }

  const sectionIds = new Set(qf.sections.map((s) => s.id));
  const byId = new Map(qf.questions.map((q) => [q.id, q]));
  const checkCondition = (cond: Condition, where: string, earlier: ReadonlySet<string> | undefined): void => {
    if ('all' in cond) for (const c of cond.all) checkCondition(c, where, earlier);
    else if ('any' in cond) for (const c of cond.any) checkCondition(c, where, earlier);
    else if ('not' in cond) checkCondition(cond.not, where, earlier);
    else if ('flag' in cond) {
      if (earlier) errors.push(`${where}: flags may only be used in checklist and document conditions`);
    } else {
      const q = byId.get(cond.q);
      if (!q || (earlier && !earlier.has(cond.q))) {
        errors.push(`${where}: condition refers to ${q ? 'a later' : 'an unknown'} question "${cond.q}"`);
        return;
      }
      if ('atLeast' in cond) {
        if (q.type !== 'multi') errors.push(`${where}: "${cond.q}" is single choice: atLeast needs a multiple-choice question`);
        return;
      }
      const values = 'in' in cond ? cond.in : cond.notIn;
      for (const v of values) {
        if (!q.options.some((o) => o.value === v)) errors.push(`${where}: "${cond.q}" has no option "${v}"`);
      }
    }
  };

  const earlier = new Set<string>();
  const questions: Question[] = [];
  for (const q of qf.questions) {
    const where = `questions.yaml ${q.id}`;
    if (!sectionIds.has(q.section)) errors.push(`${where}: unknown section "${q.section}"`);
    unique(
      q.options.map((o) => o.value),
      `${q.id} option`,
    );
    // Options are picked with the keys 1-9 and 0 (README, "Use it"; docs/architecture.md): ten at most.
    if (q.options.length > 10) errors.push(`${where}: ${q.options.length} options; at most 10 (keys 1-9 and 0)`);
    if (q.showIf) checkCondition(q.showIf, where, earlier);
    for (const o of q.options) if (o.showIf) checkCondition(o.showIf, `${where}.${o.value}`, earlier);
    if (q.type === 'single') {
      const order = [...(q.riskOrder ?? [])].sort().join(',');
      if (order !== q.options.map((o) => o.value).sort().join(',')) {
        errors.push(`${where}: riskOrder must list every option exactly once`);
      }
      if (q.options.some((o) => o.exclusive)) errors.push(`${where}: single-choice options cannot be exclusive`);
    } else if (q.riskOrder) errors.push(`${where}: riskOrder is only for single-choice questions`);
    if (q.revised && compareVersions(q.revised, meta.version) > 0) {
      errors.push(`${where}: revised in ${q.revised}, after this content version (${meta.version})`);
    }
    earlier.add(q.id);
    questions.push({
      ...q,
      prompt: localize(q.prompt, `${where}.prompt`),
      help: localize(q.help, `${where}.help`),
      options: q.options.map((o) => ({...o, label: localize(o.label, `${where}.${o.value}`)})),
    });
  }

  const refs = new Map(rf.references.map((r) => [r.id, r]));
  const checkRefs = (ids: readonly string[], where: string) => {
    for (const r of ids) {
      const ref = refs.get(r);
      if (!ref) errors.push(`${where}: unknown reference "${r}"`);
      else if (FORBIDDEN_CONFIDENCE.has(ref.confidence)) {
        errors.push(`${where}: cites "${r}", whose confidence is ${ref.confidence}`);
      }
    }
  };

  const checklist = cf.checklist.map((item) => {
    const where = `checklist.yaml ${item.id}`;
    if (item.when) checkCondition(item.when, where, undefined);
    const priority = typeof item.priority === 'string' ? [{value: item.priority}] : item.priority;
    for (const p of priority) if (p.when) checkCondition(p.when, where, undefined);
    for (const part of [...item.why, ...item.steps]) {
      if (part.when) checkCondition(part.when, where, undefined);
      if (part.references) checkRefs(part.references, where);
    }
    checkRefs(item.references, where);
    return {
      ...item,
      priority,
      title: localize(item.title, `${where}.title`),
      why: item.why.map((w, i) => ({...w, text: localize(w.text, `${where}.why[${i}]`)})),
      steps: item.steps.map((s, i) => ({...s, text: localize(s.text, `${where}.steps[${i}]`)})),
    };
  });
  // The answers, in the order source/scoring/answer.ts tries them: exactly the ids of ANSWER_IDS.
  if (answersSource.answers.map((a) => a.id).join(',') !== ANSWER_IDS.join(',')) {
    errors.push(`answers.yaml: the answers must be, in order: ${ANSWER_IDS.join(', ')}`);
  }
  const answers = answersSource.answers.map((answer) => {
    const where = `answers.yaml ${answer.id}`;
    for (const part of answer.text) {
      if (part.when) checkCondition(part.when, where, undefined);
      if (part.references) checkRefs(part.references, where);
    }
    return {id: answer.id as AnswerId, text: answer.text.map((p, i) => ({...p, text: localize(p.text, `${where}[${i}]`)}))};
  });
  const documents = compileDocuments(dir, {
    load,
    localize,
    condition: (cond, where) => checkCondition(cond, where, undefined),
    references: checkRefs,
    error: (message) => errors.push(message),
  });

  const content: Content = {
    version: meta.version,
    reviewed: meta.reviewed,
    sections: qf.sections.map((s) => ({...s, title: localize(s.title, `section ${s.id}`)})),
    questions,
    reasons: reasonsSource.reasons.map((r) => ({...r, text: localize(r.text, `reasons.yaml ${r.id}`)})),
    answers,
    checklist,
    references: rf.references.map((r) => ({...r, title: localize(r.title, `references.yaml ${r.id}`)})),
    documents,
    ui: Object.fromEntries(Object.entries(uiStrings).map(([k, v]) => [k, localize(v, `ui.yaml ${k}`)])),
  };
  if (errors.length > 0) throw new ContentError(`The content in ${dir} is invalid:\n- ${errors.join('\n- ')}`);
  return content;
}
