import type { Entity } from '../analysis.js';
import type { Span } from '../source/span.js';

/**
 * The entity a span of the text names: the entity with a mention equal to the span, else the one whose mention
 * holds it or overlaps it most. For the attribution stage: a speaker's mention → its entity (`موسكو` → روسيا).
 *
 * @param entities The entities of the article (`findEntities`).
 * @param span A span of the source text.
 * @returns The entity, or null when no mention touches the span.
 * @example entityAt(entities, { start: 120, end: 125 })?.name // 'روسيا' for the text 'موسكو'
 */
export function entityAt(entities: readonly Entity[], span: Span): Entity | null {
  let best: Entity | null = null;
  let bestScore = 0;
  for (const e of entities) {
    for (const m of e.mentions) {
      const overlap = Math.min(m.end, span.end) - Math.max(m.start, span.start);
      if (overlap <= 0) continue;
      // Exact match first, then the overlap share of the longer of the two.
      const score = m.start === span.start && m.end === span.end ? 2 : overlap / Math.max(m.end - m.start, span.end - span.start);
      if (score > bestScore) {
        bestScore = score;
        best = e;
      }
    }
  }
  return best;
}

/** An index from source offsets to entities, for many lookups over one article. */
export interface MentionIndex {
  /** The entity whose mention covers this offset, or null. */
  at(offset: number): Entity | null;
  /** As `entityAt`, over the indexed entities. */
  resolve(span: Span): Entity | null;
}

/**
 * Builds a mention index over the entities of an article: mentions sorted by start, searched by bisection.
 *
 * @param entities The entities of the article.
 */
export function indexMentions(entities: readonly Entity[]): MentionIndex {
  const rows = entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, e }))).sort((a, b) => a.start - b.start || b.end - a.end);
  const starts = rows.map((r) => r.start);
  return {
    at(offset) {
      // Last mention starting at or before the offset, walking back over nested ones.
      let lo = 0;
      let hi = starts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid]! <= offset) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) if (rows[i]!.end > offset) return rows[i]!.e;
      return null;
    },
    resolve(span) {
      return entityAt(entities, span);
    },
  };
}
