import Database from 'better-sqlite3';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { normalizeKey, type Analysis, type Stance } from '../../core/index.js';
import { AnalysisSchema } from '../../contracts/index.js';
import { hitSnippet, parseQuery } from '../search-text.js';
import { StoreError } from '../errors.js';
import type {
  AnalysisFailure, AnalysisJob, AnalysisRecord, BandMatch, ClaimRecord, EntitySummary, IngestFailure, NewArticle,
  PutOutcome, SearchHit, SearchQuery, Statement, Store, StoreStats, StoredAnalysis, StoredArticle, TimelineEntry,
  TrackedClaim,
} from '../types.js';
import { MIGRATIONS } from './migrations.js';

type Db = Database.Database;
type Row = Record<string, unknown>;

const toBlob = (sig: Uint32Array): Buffer => Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
const fromBlob = (b: Buffer): Uint32Array => {
  const copy = new Uint8Array(b.byteLength);
  copy.set(b);
  return new Uint32Array(copy.buffer);
};
const now = (): string => new Date().toISOString();

/**
 * Opens (creating when needed) a SQLite store in one file, in WAL mode, and runs pending migrations.
 * @param file A path, or `:memory:`.
 * @throws {StoreError} when the file cannot be opened or is newer than this version of isnad.
 */
export function openSqliteStore(file: string): SqliteStore {
  let db: Db;
  try {
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    // NORMAL is durable against a crash of the process (SIGKILL); only a power loss may drop the last commits.
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 10000');
    db.pragma('cache_size = -65536');
    // Checkpoint every ~40 MB of WAL rather than 4 MB: bulk ingest rewrites fewer pages (write amplification).
    db.pragma('wal_autocheckpoint = 10000');
    migrate(db);
  } catch (e) {
    if (e instanceof StoreError) throw e;
    throw new StoreError(`cannot open the SQLite database ${file}: ${(e as Error).message}`, { cause: e });
  }
  return new SqliteStore(db, file);
}

function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const last = MIGRATIONS[MIGRATIONS.length - 1]!.version;
  if (current > last) throw new StoreError(`the database schema is version ${current}, newer than this isnad (${last}): upgrade isnad`);
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
}

/** The SQLite backend of `Store` (better-sqlite3: synchronous calls wrapped in the async interface). */
export class SqliteStore implements Store {
  readonly location: string;
  private readonly db: Db;
  private readonly stmt: ReturnType<SqliteStore['prepare']>;
  /** Search statements by SQL text: one per combination of filters. */
  private readonly searches = new Map<string, Database.Statement>();

  constructor(db: Db, file: string) {
    this.db = db;
    this.location = `sqlite:${file}`;
    this.stmt = this.prepare();
  }

  /** The schema version the file is at (for tests and `isnad status`). */
  schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  private prepare() {
    const db = this.db;
    return {
      byHash: db.prepare('SELECT id FROM articles WHERE content_hash = ?'),
      lastVersion: db.prepare('SELECT MAX(version) AS v FROM articles WHERE url = ?'),
      previous: db.prepare('SELECT id FROM articles WHERE url = ? AND latest = 1'),
      unlatest: db.prepare('UPDATE articles SET latest = 0 WHERE url = ? AND latest = 1'),
      deleteFts: db.prepare('DELETE FROM article_fts WHERE rowid = ?'),
      insertArticle: db.prepare(`INSERT INTO articles (content_hash, url, version, latest, source, title, published, author, language, origin, text, length, ingested_at, signature)
        VALUES (@contentHash, @url, @version, 1, @source, @title, @published, @author, @language, @origin, @text, @length, @at, @signature)`),
      insertCopy: db.prepare('INSERT OR IGNORE INTO article_copies (article_id, origin, source, url, title, published) VALUES (?, ?, ?, ?, ?, ?)'),
      insertFts: db.prepare('INSERT INTO article_fts (rowid, l0, l1, l2, l3) VALUES (?, ?, ?, ?, ?)'),
      insertBand: db.prepare('INSERT OR IGNORE INTO lsh_bands (band, article_id) VALUES (?, ?)'),
      insertFailure: db.prepare('INSERT OR IGNORE INTO ingest_failures (origin, reason, source, url, title, recorded_at) VALUES (?, ?, ?, ?, ?, ?)'),
      getArticle: db.prepare('SELECT * FROM articles WHERE id = ?'),
      hashOf: db.prepare('SELECT content_hash FROM articles WHERE id = ?'),
      needing: db.prepare(`SELECT a.id, a.content_hash FROM articles a
        WHERE a.id > ? AND NOT EXISTS (SELECT 1 FROM analyses x WHERE x.article_id = a.id AND x.pipeline_version = ?)
        ORDER BY a.id LIMIT ?`),
      upsertAnalysis: db.prepare(`INSERT INTO analyses (article_id, pipeline_version, content_hash, status, reason, analysis, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (article_id, pipeline_version) DO UPDATE SET content_hash = excluded.content_hash, status = excluded.status,
          reason = excluded.reason, analysis = excluded.analysis, created_at = excluded.created_at`),
      setAnalysisVersion: db.prepare('UPDATE articles SET analysis_version = ? WHERE id = ?'),
      deleteEntities: db.prepare('DELETE FROM article_entities WHERE article_id = ?'),
      deleteMentions: db.prepare('DELETE FROM mentions WHERE article_id = ?'),
      deleteQuotes: db.prepare('DELETE FROM quotes WHERE article_id = ?'),
      deleteClaimMembers: db.prepare('DELETE FROM tracked_claim_members WHERE claim_id IN (SELECT id FROM claims WHERE article_id = ?)'),
      deleteClaims: db.prepare('DELETE FROM claims WHERE article_id = ?'),
      deleteTimes: db.prepare('DELETE FROM times WHERE article_id = ?'),
      entityByKey: db.prepare('SELECT entity_id FROM entity_keys WHERE key = ? AND type = ?'),
      insertEntity: db.prepare('INSERT INTO entities (key, name, type, wikidata) VALUES (?, ?, ?, ?)'),
      insertEntityKey: db.prepare('INSERT OR IGNORE INTO entity_keys (key, type, entity_id) VALUES (?, ?, ?)'),
      insertAlias: db.prepare('INSERT OR IGNORE INTO entity_aliases (entity_id, alias) VALUES (?, ?)'),
      insertArticleEntity: db.prepare('INSERT OR REPLACE INTO article_entities (article_id, local_id, entity_id, name, type, mentions) VALUES (?, ?, ?, ?, ?, ?)'),
      insertMention: db.prepare('INSERT OR IGNORE INTO mentions (article_id, local_id, start_offset, end_offset) VALUES (?, ?, ?, ?)'),
      insertQuote: db.prepare(`INSERT INTO quotes (article_id, idx, local_id, kind, stance, start_offset, end_offset, cue_start_offset, cue_end_offset,
        speaker_name, speaker_type, speaker_key, speaker_entity, headline, sentence, time_index) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertClaim: db.prepare('INSERT INTO claims (article_id, local_id, text, quotes, entities, time_index) VALUES (?, ?, ?, ?, ?, ?)'),
      insertTime: db.prepare('INSERT INTO times (article_id, idx, start_offset, end_offset, type, value) VALUES (?, ?, ?, ?, ?, ?)'),
      getAnalysis: db.prepare('SELECT * FROM analyses WHERE article_id = ? AND pipeline_version = ?'),
      getLatestAnalysis: db.prepare('SELECT * FROM analyses WHERE article_id = ? ORDER BY created_at DESC, pipeline_version DESC LIMIT 1'),
      ungrouped: db.prepare('SELECT id, signature FROM articles WHERE dup_group IS NULL AND signature IS NOT NULL ORDER BY id LIMIT ?'),
      bandMatches: db.prepare(`SELECT DISTINCT a.id, a.signature, a.dup_group FROM lsh_bands b JOIN articles a ON a.id = b.article_id
        WHERE b.band IN (SELECT value FROM json_each(?)) AND b.article_id <> ? LIMIT 200`),
      setGroup: db.prepare('UPDATE articles SET dup_group = ? WHERE id = ?'),
      mergeGroup: db.prepare('UPDATE articles SET dup_group = ? WHERE dup_group = ?'),
      groupOf: db.prepare('SELECT dup_group FROM articles WHERE id = ?'),
      groupMembers: db.prepare('SELECT id FROM articles WHERE dup_group = ? ORDER BY id'),
      fingerprints: db.prepare('SELECT id, signature, dup_group FROM articles WHERE id > ? AND signature IS NOT NULL ORDER BY id LIMIT ?'),
      entityIdsByKey: db.prepare('SELECT DISTINCT entity_id FROM entity_keys WHERE key = ?'),
      entitySummary: db.prepare(`SELECT e.id, e.name, e.type,
          (SELECT COUNT(*) FROM article_entities ae WHERE ae.entity_id = e.id) AS articles,
          (SELECT COALESCE(SUM(mentions), 0) FROM article_entities ae WHERE ae.entity_id = e.id) AS mentions
        FROM entities e WHERE e.id = ?`),
      aliasesOf: db.prepare('SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias'),
      statements: db.prepare(`SELECT q.article_id, q.stance, q.kind, q.start_offset, q.end_offset, a.title, a.published, a.source, a.text
        FROM quotes q JOIN articles a ON a.id = q.article_id
        WHERE q.speaker_entity = ? AND a.latest = 1 ORDER BY a.published DESC, q.article_id DESC, q.idx LIMIT ?`),
      claimRecords: db.prepare(`SELECT c.id, c.article_id, c.text, c.entities, a.published, a.source, a.dup_group
        FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id > ? AND a.latest = 1 ORDER BY c.id LIMIT ?`),
      trackedById: db.prepare('SELECT * FROM tracked_claims WHERE id = ?'),
      timeline: db.prepare(`SELECT m.claim_id, c.article_id, c.text AS claim_text, c.quotes, a.title, a.source, a.published
        FROM tracked_claim_members m JOIN claims c ON c.id = m.claim_id JOIN articles a ON a.id = c.article_id
        WHERE m.tracked_id = ? ORDER BY a.published, c.article_id, c.id`),
      quote: db.prepare('SELECT * FROM quotes WHERE article_id = ? AND idx = ?'),
      textOf: db.prepare('SELECT text FROM articles WHERE id = ?'),
    };
  }

  async putArticles(articles: NewArticle[]): Promise<PutOutcome[]> {
    const s = this.stmt;
    const run = this.db.transaction((items: NewArticle[]): PutOutcome[] => {
      const at = now();
      const out: PutOutcome[] = [];
      for (const a of items) {
        const known = s.byHash.get(a.contentHash) as { id: number } | undefined;
        if (known) {
          s.insertCopy.run(known.id, a.origin, a.source, a.url, a.title, a.published);
          out.push({ status: 'duplicate', articleId: known.id });
          continue;
        }
        let version = 1;
        if (a.url) {
          const last = (s.lastVersion.get(a.url) as { v: number | null }).v;
          if (last !== null) {
            version = last + 1;
            // Only the latest version is searchable: the index drops the older text.
            for (const p of s.previous.all(a.url) as Array<{ id: number }>) s.deleteFts.run(p.id);
            s.unlatest.run(a.url);
          }
        }
        const info = s.insertArticle.run({
          contentHash: a.contentHash, url: a.url, version, source: a.source, title: a.title, published: a.published,
          author: a.author, language: a.language, origin: a.origin, text: a.text, length: a.text.length, at,
          signature: a.fingerprint ? toBlob(a.fingerprint.signature) : null,
        });
        const id = Number(info.lastInsertRowid);
        const [l0, l1, l2, l3] = a.search.layers;
        s.insertFts.run(id, l0, l1, l2, l3);
        if (a.fingerprint) for (const band of a.fingerprint.bands) s.insertBand.run(band, id);
        out.push({ status: 'added', articleId: id, version });
      }
      return out;
    });
    return this.wrap('storing articles', () => run.immediate(articles));
  }

  async recordIngestFailures(failures: IngestFailure[]): Promise<void> {
    const s = this.stmt;
    const at = now();
    this.wrap('recording ingest failures', () =>
      this.db.transaction(() => {
        for (const f of failures) s.insertFailure.run(f.origin, f.reason, f.source ?? null, f.url ?? null, f.title ?? null, at);
      }).immediate(),
    );
  }

  async getArticle(id: number): Promise<StoredArticle | null> {
    const r = this.stmt.getArticle.get(id) as Row | undefined;
    return r ? toArticle(r) : null;
  }

  async listArticlesNeedingAnalysis(pipelineVersion: string, options: { limit?: number; afterId?: number } = {}): Promise<AnalysisJob[]> {
    const rows = this.stmt.needing.all(options.afterId ?? 0, pipelineVersion, options.limit ?? 1000) as Array<{ id: number; content_hash: string }>;
    return rows.map((r) => ({ articleId: r.id, contentHash: r.content_hash }));
  }

  async saveAnalyses(records: AnalysisRecord[]): Promise<void> {
    const run = this.db.transaction((items: AnalysisRecord[]) => {
      const at = now();
      for (const r of items) this.saveOne(r, at);
    });
    this.wrap('storing analyses', () => run.immediate(records));
  }

  private saveOne(r: AnalysisRecord, at: string): void {
    const s = this.stmt;
    const stored = s.hashOf.get(r.articleId) as { content_hash: string } | undefined;
    if (!stored) throw new StoreError(`no article ${r.articleId} to attach an analysis to`);
    if (stored.content_hash !== r.contentHash) {
      throw new StoreError(`the analysis of article ${r.articleId} was made from other content (hash ${r.contentHash.slice(0, 12)}…, stored ${stored.content_hash.slice(0, 12)}…)`);
    }
    const a = r.analysis;
    const id = r.articleId;
    // The full JSON is kept compressed (a fifth of its size); the rows below are what queries read.
    s.upsertAnalysis.run(id, a.pipelineVersion, r.contentHash, 'ok', null, deflateRawSync(JSON.stringify(a), { level: 4 }), at);
    s.setAnalysisVersion.run(a.pipelineVersion, id);
    s.deleteEntities.run(id);
    s.deleteMentions.run(id);
    s.deleteQuotes.run(id);
    s.deleteClaimMembers.run(id);
    s.deleteClaims.run(id);
    s.deleteTimes.run(id);
    const globalIds = new Map<string, number>();
    for (const e of a.entities) {
      const gid = this.mergeEntity(e.name, e.type, e.aliases, e.wikidata ?? null);
      globalIds.set(e.id, gid);
      s.insertArticleEntity.run(id, e.id, gid, e.name, e.type, e.mentions.length);
      for (const m of e.mentions) s.insertMention.run(id, e.id, m.start, m.end);
    }
    a.quotes.forEach((q, i) => {
      const sp = q.speaker;
      s.insertQuote.run(
        id, i, q.id, q.kind, q.stance, q.content.start, q.content.end, q.cue?.start ?? null, q.cue?.end ?? null,
        sp?.name ?? null, sp?.type ?? null, sp ? normalizeKey(sp.name) : null, sp?.entity ? (globalIds.get(sp.entity) ?? null) : null,
        q.headline ? 1 : 0, q.sentence, q.time ?? null,
      );
    });
    for (const c of a.claims) {
      const ents = c.entities.map((e) => globalIds.get(e)).filter((x): x is number => x !== undefined);
      s.insertClaim.run(id, c.id, c.text, JSON.stringify(c.quotes), JSON.stringify(ents), c.time ?? null);
    }
    a.times.forEach((t, i) => s.insertTime.run(id, i, t.start, t.end, t.type, t.value));
  }

  /**
   * Finds or creates the global entity of an article entity: its normalised name, or one of its aliases of
   * two words or more, already known with the same type, gives the entity; so `الأمم المتحدة` and its alias
   * `المنظمة الدولية` seen in two articles end as one entity. A one-word alias (`الحوثي`, `عبدالملك`) is kept
   * for lookups but never merges: a family name would join different people.
   */
  private mergeEntity(name: string, type: string, aliases: string[], wikidata: string | null): number {
    const s = this.stmt;
    const main = normalizeKey(name);
    const aliasKeys = aliases.map(normalizeKey).filter((k) => k.replace(/\s/g, '').length >= 3);
    const merging = [main, ...aliasKeys.filter((k) => /\S\s+\S/.test(k))];
    let gid: number | undefined;
    for (const k of merging) {
      const hit = s.entityByKey.get(k, type) as { entity_id: number } | undefined;
      if (hit) {
        gid = hit.entity_id;
        break;
      }
    }
    if (gid === undefined) gid = Number(s.insertEntity.run(main, name, type, wikidata).lastInsertRowid);
    for (const k of [main, ...aliasKeys]) s.insertEntityKey.run(k, type, gid);
    s.insertAlias.run(gid, name);
    for (const al of aliases) s.insertAlias.run(gid, al);
    return gid;
  }

  async saveAnalysisFailures(failures: AnalysisFailure[]): Promise<void> {
    const s = this.stmt;
    this.wrap('storing analysis failures', () =>
      this.db.transaction(() => {
        const at = now();
        for (const f of failures) s.upsertAnalysis.run(f.articleId, f.pipelineVersion, f.contentHash, 'failed', f.reason, null, at);
      }).immediate(),
    );
  }

  async getAnalysis(articleId: number, pipelineVersion?: string): Promise<StoredAnalysis | null> {
    const r = (pipelineVersion === undefined ? this.stmt.getLatestAnalysis.get(articleId) : this.stmt.getAnalysis.get(articleId, pipelineVersion)) as Row | undefined;
    if (!r) return null;
    const version = r.pipeline_version as string;
    if (r.status === 'failed') return { status: 'failed', articleId, pipelineVersion: version, reason: String(r.reason) };
    const raw = typeof r.analysis === 'string' ? r.analysis : inflateRawSync(r.analysis as Buffer).toString('utf8');
    const parsed = AnalysisSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) throw new StoreError(`the stored analysis of article ${articleId} (${version}) does not match isnad/analysis@1: ${parsed.error.issues[0]?.message ?? ''}`);
    return { status: 'ok', articleId, pipelineVersion: version, analysis: parsed.data as Analysis };
  }

  async listUngroupedArticles(limit: number): Promise<Array<{ articleId: number; signature: Uint32Array }>> {
    const rows = this.stmt.ungrouped.all(limit) as Array<{ id: number; signature: Buffer }>;
    return rows.map((r) => ({ articleId: r.id, signature: fromBlob(r.signature) }));
  }

  async findBandMatches(articleId: number, bands: number[]): Promise<BandMatch[]> {
    const rows = this.stmt.bandMatches.all(JSON.stringify(bands), articleId) as Array<{ id: number; signature: Buffer; dup_group: number | null }>;
    return rows.map((r) => ({ articleId: r.id, signature: fromBlob(r.signature), duplicateGroup: r.dup_group }));
  }

  async setDuplicateGroups(assign: Array<{ articleId: number; group: number }>, merges: Array<{ from: number; to: number }> = []): Promise<void> {
    const s = this.stmt;
    this.wrap('storing duplicate groups', () =>
      this.db.transaction(() => {
        for (const m of merges) s.mergeGroup.run(m.to, m.from);
        for (const a of assign) s.setGroup.run(a.group, a.articleId);
      }).immediate(),
    );
  }

  async duplicatesOf(articleId: number): Promise<number[]> {
    const g = this.stmt.groupOf.get(articleId) as { dup_group: number | null } | undefined;
    if (!g) return [];
    if (g.dup_group === null) return [articleId];
    return (this.stmt.groupMembers.all(g.dup_group) as Array<{ id: number }>).map((r) => r.id);
  }

  async listFingerprints(options: { afterId?: number; limit: number }) {
    const rows = this.stmt.fingerprints.all(options.afterId ?? 0, options.limit) as Array<{ id: number; signature: Buffer; dup_group: number | null }>;
    return rows.map((r) => ({ articleId: r.id, signature: fromBlob(r.signature), duplicateGroup: r.dup_group }));
  }

  async search(query: SearchQuery): Promise<SearchHit[]> {
    const parsed = parseQuery(query.text);
    if (!parsed) return [];
    // Older versions are not in the index (putArticles drops them), so no join is needed without filters.
    const where: string[] = ['article_fts MATCH @match'];
    const params: Record<string, unknown> = { match: parsed.match, limit: Math.max(1, Math.min(query.limit ?? 20, 1000)) };
    if (query.from) {
      where.push('a.published >= @from');
      params.from = query.from;
    }
    if (query.to) {
      where.push('a.published <= @to');
      params.to = query.to;
    }
    if (query.source) {
      where.push('a.source = @source');
      params.source = query.source;
    }
    if (query.entity !== undefined) {
      where.push('a.id IN (SELECT ae.article_id FROM article_entities ae WHERE ae.entity_id IN (SELECT value FROM json_each(@entities)))');
      params.entities = JSON.stringify(this.entityIdsFor(query.entity));
    }
    if (query.speaker !== undefined || query.stance !== undefined) {
      const conds: string[] = [];
      if (query.speaker !== undefined) {
        conds.push('(q.speaker_key = @speakerKey OR q.speaker_entity IN (SELECT value FROM json_each(@speakers)))');
        params.speakerKey = normalizeKey(query.speaker);
        params.speakers = JSON.stringify(this.entityIdsFor(query.speaker));
      }
      if (query.stance !== undefined) {
        conds.push('q.stance = @stance');
        params.stance = query.stance;
      }
      where.push(`a.id IN (SELECT q.article_id FROM quotes q WHERE ${conds.join(' AND ')})`);
    }
    // Rank first (ids only), then read the texts of the few hits: the sorter never carries article texts.
    const sql = where.length === 1
      ? 'SELECT rowid AS id, bm25(article_fts, 4.0, 2.0, 1.5, 1.0) AS rank FROM article_fts WHERE article_fts MATCH @match ORDER BY rank LIMIT @limit'
      : `SELECT a.id AS id, bm25(article_fts, 4.0, 2.0, 1.5, 1.0) AS rank
      FROM article_fts CROSS JOIN articles a ON a.id = article_fts.rowid
      WHERE ${where.join(' AND ')} ORDER BY rank LIMIT @limit`;
    let stmt = this.searches.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      this.searches.set(sql, stmt);
    }
    const prepared = stmt;
    const ranked = this.wrap('searching', () => prepared.all(params)) as Array<{ id: number; rank: number }>;
    const hits: SearchHit[] = [];
    for (const r of ranked) {
      const a = this.stmt.getArticle.get(r.id) as Row;
      const text = String(a.text);
      const snip = hitSnippet(text, a.title ? String(a.title) : null, parsed.terms);
      hits.push({
        articleId: r.id, title: (a.title as string | null) ?? null, snippet: snip.text, score: -r.rank,
        source: (a.source as string | null) ?? null, published: (a.published as string | null) ?? null, url: (a.url as string | null) ?? null,
        snippetSpan: snip.span, highlights: snip.highlights,
      });
    }
    return hits;
  }

  private entityIdsFor(name: string): number[] {
    return (this.stmt.entityIdsByKey.all(normalizeKey(name)) as Array<{ entity_id: number }>).map((r) => r.entity_id);
  }

  async findEntities(name: string, limit = 10): Promise<EntitySummary[]> {
    const out: EntitySummary[] = [];
    for (const id of this.entityIdsFor(name)) {
      const r = this.stmt.entitySummary.get(id) as Row | undefined;
      if (!r) continue;
      const aliases = (this.stmt.aliasesOf.all(id) as Array<{ alias: string }>).map((x) => x.alias).filter((x) => x !== r.name);
      out.push({ id, name: String(r.name), type: String(r.type), aliases, articles: Number(r.articles), mentions: Number(r.mentions) });
    }
    return out.sort((a, b) => b.mentions - a.mentions || a.id - b.id).slice(0, limit);
  }

  async statementsOf(entityId: number, limit = 50): Promise<Statement[]> {
    const rows = this.stmt.statements.all(entityId, limit) as Row[];
    return rows.map((r) => {
      const start = Number(r.start_offset);
      const end = Number(r.end_offset);
      return {
        articleId: Number(r.article_id), title: (r.title as string | null) ?? null, published: (r.published as string | null) ?? null,
        source: (r.source as string | null) ?? null, stance: r.stance as Stance, kind: String(r.kind),
        content: String(r.text).slice(start, end), contentSpan: { start, end },
      };
    });
  }

  async listClaimRecords(options: { afterId?: number; limit: number }): Promise<ClaimRecord[]> {
    const rows = this.stmt.claimRecords.all(options.afterId ?? 0, options.limit) as Row[];
    return rows.map((r) => ({
      claimId: Number(r.id), articleId: Number(r.article_id), text: String(r.text), entities: JSON.parse(String(r.entities)) as number[],
      published: (r.published as string | null) ?? null, source: (r.source as string | null) ?? null, duplicateGroup: (r.dup_group as number | null) ?? null,
    }));
  }

  async replaceTrackedClaims(groups: number[][]): Promise<void> {
    const db = this.db;
    const claimInfo = db.prepare(`SELECT c.id, c.article_id, c.text, c.entities, a.published, a.source, COALESCE(a.dup_group, a.id) AS grp
      FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id = ?`);
    const insertTracked = db.prepare('INSERT INTO tracked_claims (id, text, articles, sources, outlets, first_date, last_date) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const insertMember = db.prepare('INSERT OR IGNORE INTO tracked_claim_members (tracked_id, claim_id, article_id) VALUES (?, ?, ?)');
    const insertEntity = db.prepare('INSERT OR IGNORE INTO tracked_claim_entities (entity_id, tracked_id) VALUES (?, ?)');
    this.wrap('storing tracked claims', () =>
      db.transaction(() => {
        db.exec('DELETE FROM tracked_claim_entities; DELETE FROM tracked_claim_members; DELETE FROM tracked_claims;');
        for (const g of groups) {
          const members = g.map((id) => claimInfo.get(id) as Row | undefined).filter((x): x is Row => x !== undefined);
          if (members.length === 0) continue;
          // The tracked claim's id is its smallest article claim id: stable while that analysis is unchanged.
          members.sort((a, b) => String(a.published ?? '9999').localeCompare(String(b.published ?? '9999')) || Number(a.id) - Number(b.id));
          const id = Math.min(...members.map((m) => Number(m.id)));
          const dates = members.map((m) => m.published as string | null).filter((d): d is string => !!d).sort();
          insertTracked.run(
            id, String(members[0]!.text), new Set(members.map((m) => m.article_id)).size, new Set(members.map((m) => m.grp)).size,
            new Set(members.map((m) => m.source ?? `#${String(m.article_id)}`)).size, dates[0] ?? null, dates[dates.length - 1] ?? null,
          );
          for (const m of members) {
            insertMember.run(id, m.id, m.article_id);
            for (const e of JSON.parse(String(m.entities)) as number[]) insertEntity.run(e, id);
          }
        }
      }).immediate(),
    );
  }

  async listTrackedClaims(options: { entity?: string; limit?: number; minArticles?: number } = {}): Promise<TrackedClaim[]> {
    const params: unknown[] = [];
    let sql = 'SELECT t.* FROM tracked_claims t WHERE t.articles >= ?';
    params.push(options.minArticles ?? 1);
    if (options.entity !== undefined) {
      sql += ' AND t.id IN (SELECT tracked_id FROM tracked_claim_entities WHERE entity_id IN (SELECT value FROM json_each(?)))';
      params.push(JSON.stringify(this.entityIdsFor(options.entity)));
    }
    sql += ' ORDER BY t.sources DESC, t.articles DESC, t.id LIMIT ?';
    params.push(options.limit ?? 50);
    return (this.db.prepare(sql).all(...params) as Row[]).map(toTracked);
  }

  async getTrackedClaim(id: number): Promise<{ claim: TrackedClaim; timeline: TimelineEntry[] } | null> {
    const t = this.stmt.trackedById.get(id) as Row | undefined;
    if (!t) return null;
    const timeline: TimelineEntry[] = [];
    const texts = new Map<number, string>();
    const textOf = (articleId: number): string => {
      let x = texts.get(articleId);
      if (x === undefined) {
        x = String((this.stmt.textOf.get(articleId) as { text: string }).text);
        texts.set(articleId, x);
      }
      return x;
    };
    for (const m of this.stmt.timeline.all(id) as Row[]) {
      const articleId = Number(m.article_id);
      const base = { date: (m.published as string | null) ?? null, articleId, title: (m.title as string | null) ?? null, source: (m.source as string | null) ?? null };
      const quoteIdx = JSON.parse(String(m.quotes)) as number[];
      const quotes = quoteIdx.map((i) => this.stmt.quote.get(articleId, i) as Row | undefined).filter((q): q is Row => q !== undefined);
      if (quotes.length === 0) timeline.push({ ...base, speaker: null, stance: null, content: String(m.claim_text) });
      for (const q of quotes) {
        timeline.push({
          ...base, speaker: (q.speaker_name as string | null) ?? null, stance: q.stance as Stance,
          content: textOf(articleId).slice(Number(q.start_offset), Number(q.end_offset)),
        });
      }
    }
    return { claim: toTracked(t), timeline };
  }

  async stats(): Promise<StoreStats> {
    const one = (sql: string): number => Number((this.db.prepare(sql).get() as { n: number }).n);
    return {
      articles: one('SELECT COUNT(*) AS n FROM articles'),
      latestArticles: one('SELECT COUNT(*) AS n FROM articles WHERE latest = 1'),
      analysed: one("SELECT COUNT(DISTINCT article_id) AS n FROM analyses WHERE status = 'ok'"),
      analysisFailures: one("SELECT COUNT(*) AS n FROM analyses WHERE status = 'failed'"),
      ingestFailures: one('SELECT COUNT(*) AS n FROM ingest_failures'),
      duplicateGroups: one('SELECT COUNT(*) AS n FROM (SELECT dup_group FROM articles WHERE dup_group IS NOT NULL GROUP BY dup_group HAVING COUNT(*) > 1)'),
      articlesInDuplicateGroups: one('SELECT COALESCE(SUM(c), 0) AS n FROM (SELECT COUNT(*) AS c FROM articles WHERE dup_group IS NOT NULL GROUP BY dup_group HAVING COUNT(*) > 1)'),
      trackedClaims: one('SELECT COUNT(*) AS n FROM tracked_claims'),
      trackedClaimsAcrossArticles: one('SELECT COUNT(*) AS n FROM tracked_claims WHERE articles > 1'),
    };
  }

  async close(): Promise<void> {
    if (this.db.open) {
      this.db.pragma('optimize');
      this.db.close();
    }
  }

  /** Runs a database call, wrapping driver errors with what was being done (no data in the message). */
  private wrap<T>(doing: string, fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      if (e instanceof StoreError) throw e;
      throw new StoreError(`SQLite error while ${doing}: ${(e as Error).message}`, { cause: e, retryable: /SQLITE_BUSY|database is locked/.test(String((e as Error).message)) });
    }
  }
}

function toArticle(r: Row): StoredArticle {
  return {
    id: Number(r.id), text: String(r.text), contentHash: String(r.content_hash), source: (r.source as string | null) ?? null,
    url: (r.url as string | null) ?? null, title: (r.title as string | null) ?? null, published: (r.published as string | null) ?? null,
    author: (r.author as string | null) ?? null, language: (r.language as string | null) ?? null, origin: String(r.origin),
    version: Number(r.version), latest: Number(r.latest) === 1, duplicateGroup: (r.dup_group as number | null) ?? null,
  };
}

function toTracked(r: Row): TrackedClaim {
  return {
    id: Number(r.id), text: String(r.text), articles: Number(r.articles), sources: Number(r.sources), outlets: Number(r.outlets),
    firstDate: (r.first_date as string | null) ?? null, lastDate: (r.last_date as string | null) ?? null,
  };
}
