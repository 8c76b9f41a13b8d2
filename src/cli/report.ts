import type { Analysis, Quote, Span } from '../core/index.js';
import { LocationIndex } from '../core/index.js';
import { toTerminalLine, type BidiMode } from './bidi.js';

/** How the report is drawn. */
export interface ReportOptions {
  color: boolean;
  bidi: BidiMode;
  /** Terminal width for right-aligning visual-order lines (0: no alignment). */
  width: number;
  /** Name of the input, for the header. */
  name: string;
}

const STANCE_LABEL: Record<Quote['stance'], string> = { asserts: 'asserts', denies: 'denies', hedges: 'hedges', concern: 'concern' };
const STANCE_COLOR: Record<Quote['stance'], number> = { asserts: 32, denies: 31, hedges: 33, concern: 35 };

/**
 * Renders an analysis as a readable terminal report: structure, entities, times, claims (who asserts, who denies,
 * who hedges) and, per speaker, what they said with line numbers.
 */
export function renderReport(text: string, a: Analysis, o: ReportOptions): string {
  const out: string[] = [];
  const loc = new LocationIndex(text);
  const paint = (code: number, s: string) => (o.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const bold = (s: string) => paint(1, s);
  const dim = (s: string) => paint(2, s);
  const cut = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
  const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
  const at = (s: Span) => `${loc.toPoint(s.start).line}`;
  const slice = (s: Span) => flat(text.slice(s.start, s.end));
  const line = (s: string) => out.push(toTerminalLine(s, o.bidi, o.width));
  const section = (title: string) => out.push('', bold(title));

  out.push(bold(`isnad: ${o.name}`));
  out.push(dim(`language ${a.language} · published ${a.published ?? 'unknown'} · ${a.paragraphs.length} paragraphs · ${a.sentences.length} sentences · ${a.quotes.length} attributions · ${a.claims.length} claims · ${a.entities.length} entities · pipeline ${a.pipelineVersion}`));

  section('Structure');
  if (a.dateline) line(`  dateline   ${flat(a.dateline.raw)}${a.dateline.place ? `  (place ${a.dateline.place})` : ''}${a.dateline.agency ? `  (agency ${a.dateline.agency})` : ''}`);
  for (const b of a.bylines) line(`  byline     ${flat(b.raw)}  [${b.role}${b.people.length ? `; people ${b.people.join('، ')}` : ''}${b.places.length ? `; places ${b.places.join('، ')}` : ''}${b.agencies.length ? `; agencies ${b.agencies.join('، ')}` : ''}]`);
  for (const h of a.headlines) line(`  headline   ${dim(`l.${at(h)}`)} ${flat(h.raw)}`);
  if (a.credits) {
    if (a.credits.contributors.length) line(`  contributors  ${a.credits.contributors.join('، ')}`);
    if (a.credits.agencies.length) line(`  agencies      ${a.credits.agencies.join('، ')}`);
  }
  for (const b of a.boilerplate) line(`  ${b.kind.padEnd(10)} ${dim(`l.${at(b)}`)} ${cut(flat(b.raw), 100)}`);
  if (!a.dateline && !a.bylines.length && !a.headlines.length && !a.credits && !a.boilerplate.length) out.push(dim('  body only'));

  if (a.claims.length) {
    section('Claims');
    a.claims.forEach((c, ci) => {
      line(`  ${bold(`[${ci + 1}]`)} ${cut(flat(c.text))}`);
      for (const stance of ['asserts', 'denies', 'hedges', 'concern'] as const) {
        const holders = c.quotes.map((qi) => a.quotes[qi]).filter((q): q is Quote => !!q && q.stance === stance);
        if (!holders.length) continue;
        const names = [...new Set(holders.map((q) => q.speaker?.name ?? '?'))];
        line(`      ${paint(STANCE_COLOR[stance], STANCE_LABEL[stance].padEnd(8))} ${names.join('، ')}`);
      }
    });
  }

  if (a.quotes.length) {
    section('Speakers');
    const bySpeaker = new Map<string, Quote[]>();
    for (const q of a.quotes) {
      const key = q.speaker?.name ?? '(unknown source)';
      bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), q]);
    }
    for (const [name, qs] of bySpeaker) {
      const type = qs[0]?.speaker?.type ?? 'unknown';
      line(`  ${bold(name)} ${dim(`(${type})`)}`);
      for (const q of qs) {
        const cue = q.cue ? slice(q.cue) : '—';
        const when = q.time != null && a.times[q.time] ? ` ${dim(`@${a.times[q.time]!.value ?? a.times[q.time]!.raw}`)}` : '';
        line(`    ${dim(`l.${at(q.content)}`)} ${paint(STANCE_COLOR[q.stance], q.stance.padEnd(8))} ${q.kind.padEnd(8)} ${cue}: ${cut(slice(q.content))}${q.headline ? dim(' [headline]') : ''}${when}`);
      }
    }
  }

  if (a.entities.length) {
    section('Entities');
    for (const e of a.entities) {
      const aliases = e.aliases.length ? ` = ${e.aliases.join(' = ')}` : '';
      const roles = e.roles.length ? dim(` (${e.roles.join('؛ ')})`) : '';
      line(`  ${e.type.padEnd(12)} ${e.name}${aliases}${roles} ${dim(`×${e.mentions.length}`)}`);
    }
  }

  if (a.times.length) {
    section('Times');
    for (const t of a.times) line(`  ${dim(`l.${at(t)}`)} ${flat(t.raw)} → ${t.value ?? dim('unresolved')}`);
  }

  if (a.diagnostics.length) {
    section('Diagnostics');
    for (const d of a.diagnostics) out.push(`  ${d.severity} ${d.code}: ${d.message}${d.span ? ` (l.${at(d.span)})` : ''}`);
  }
  return out.join('\n') + '\n';
}
