import pg from 'pg';
import { normalizeKey, type Analysis, type Stance } from '../../core/index.js';
import { AnalysisSchema } from '../../contracts/index.js';
import { hitSnippet, parseQuery } from '../search-text.js';
import { StoreError } from '../errors.js';
import type {
  AnalysisFailure, AnalysisJob, AnalysisRecord, BandMatch, ClaimRecord, EntitySummary, IngestFailure, NewArticle,
  PutOutcome, SearchHit, SearchQuery, Statement, Store, StoreStats, StoredAnalysis, StoredArticle, TimelineEntry,
  TrackedClaim,
} from '../types.js';
import { PG_MIGRATIONS } from './migrations.js';
import { RANK_WEIGHTS, toTsqueryLiteral, toTsvectorLiteral } from './search-vector.js';

type Row = Record<string, unknown>;
/** A connection: the pool for single statements, a client inside a transaction. */
type Conn = Pick<pg.PoolClient, 'query'>;

/** Options of the PostgreSQL store. */
export interface PostgresStoreOptions {
  /** Schema of the store's tables (default: the URL's `schema` parameter, else `isnad`). */
  schema?: string;
  /** Connections in the pool (default 4). */
  poolSize?: number;
}

/** Counts what the store asks of the database (for the scale bench's per-article cost). */
export interface QueryCounter {
  queries: number;
  /** Bytes of SQL text and parameters sent (the query text once per statement). */
  bytesSent: number;
}

const toBytes = (sig: Uint32Array): Buffer => Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
const fromBytes = (b: Buffer): Uint32Array => {
  const copy = new Uint8Array(b.byteLength);
  copy.set(b);
  return new Uint32Array(copy.buffer);
};
/** Matches ranked per search at most: the most recent ones (by id) when a query matches more. */
const RANK_CANDIDATES = 2000;
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/**
 * SQLSTATE classes worth retrying: connection exceptions (08), serialization failures and deadlocks
 * (40001, 40P01), lack of resources (53), operator intervention such as a restart (57P01-57P03), and
 * lock timeouts (55P03).
 */
function isRetryable(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code;
  if (typeof code !== 'string') return /ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|Connection terminated/i.test(String((e as Error)?.message));
  return code.startsWith('08') || code === '40001' || code === '40P01' || code.startsWith('53') || /^57P0[123]$/.test(code) || code === '55P03';
}

/**
 * Splits the store's URL: `postgres://user@host:port/db?schema=name` gives the connection string without
 * `schema` and the schema (default `isnad`). One URL then configures the store and the queue of a run.
 */
export function parsePostgresUrl(url: string): { connectionString: string; schema: string } {
  const u = new URL(url);
  const schema = u.searchParams.get('schema') ?? 'isnad';
  u.searchParams.delete('schema');
  if (!/^[A-Za-z_]\w{0,40}$/.test(schema)) throw new StoreError(`the schema in the database URL must be a PostgreSQL name (letters, digits, _; at most 41), got ${JSON.stringify(schema)}`);
  return { connectionString: u.toString(), schema };
}

/** The URL with its password hidden, for messages. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
}

/**
 * Opens (creating when needed) the PostgreSQL store in its schema and runs pending migrations, under an
 * advisory lock so that workers starting together migrate once.
 * @param url `postgres://` URL; a `schema` parameter names the schema.
 * @throws {StoreError} when the database cannot be reached or its schema is newer than this isnad.
 */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
  const parsed = parsePostgresUrl(url);
  const schema = options.schema ?? parsed.schema;
  if (!/^[A-Za-z_]\w{0,62}$/.test(schema)) throw new StoreError(`schema must be a PostgreSQL name, got ${JSON.stringify(schema)}`);
  const pool = new pg.Pool({
    connectionString: parsed.connectionString,
    max: options.poolSize ?? 4,
    application_name: 'isnad-store',
    options: `-c search_path=${schema}`,
  });
  // An idle client that loses its connection emits on the pool: report it and let the pool replace it.
  pool.on('error', (e) => process.stderr.write(`isnad: store: idle connection lost: ${e.message}\n`));
  try {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT pg_advisory_xact_lock(hashtext('isnad.migrate.' || $1))`, [schema]);
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await client.query(`CREATE TABLE IF NOT EXISTS ${schema}.schema_migrations (version integer PRIMARY KEY, description text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
      const { rows } = await client.query<{ v: number | null }>(`SELECT max(version) AS v FROM ${schema}.schema_migrations`);
      const current = rows[0]?.v ?? 0;
      const last = PG_MIGRATIONS[PG_MIGRATIONS.length - 1]!.version;
      if (current > last) throw new StoreError(`the database schema ${schema} is version ${current}, newer than this isnad (${last}): upgrade isnad`);
      for (const m of PG_MIGRATIONS) {
        if (m.version <= current) continue;
        await client.query(m.sql);
        await client.query(`INSERT INTO ${schema}.schema_migrations (version, description) VALUES ($1, $2)`, [m.version, m.description]);
      }
      await client.query('COMMIT');
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      client.release();
    }
  } catch (e) {
    await pool.end().catch(() => {});
    if (e instanceof StoreError) throw e;
    throw new StoreError(`cannot open the PostgreSQL store ${redactUrl(url)}: ${(e as Error).message}`, { cause: e, retryable: isRetryable(e) });
  }
  return new PostgresStore(pool, `${redactUrl(parsed.connectionString)}#${schema}`, schema);
}

/**
 * The PostgreSQL backend of `Store` (node-postgres): the same contract as the SQLite backend, safe for
 * many processes at once. Batches run in one transaction; concurrent writers are serialised where they
 * would race (a URL's versions, an entity's keys), and a deadlock or serialization failure is retried.
 */
export class PostgresStore implements Store {
  readonly location: string;
  /** The schema of the tables. */
  readonly schema: string;
  /** What this store asked of the database so far. */
  readonly counter: QueryCounter = { queries: 0, bytesSent: 0 };
  private readonly pool: pg.Pool;
  /**
   * Entity merges already done by this store, by their full arguments: calling `merge_entity` again with
   * the same name, type, keys and aliases changes nothing (entities are never deleted), so the call is
   * skipped. Most entities recur (السعودية, الرياض, وزارة الخارجية): this halves the round trips per article.
   */
  private readonly merged = new Map<string, number>();

  constructor(pool: pg.Pool, location: string, schema: string) {
    this.pool = pool;
    this.location = location;
    this.schema = schema;
  }

  /** The schema version (for tests and `isnad status`). */
  async schemaVersion(): Promise<number> {
    const { rows } = await this.q(this.pool, 'SELECT max(version) AS v FROM schema_migrations');
    return Number(rows[0]?.v ?? 0);
  }

  /** Runs one statement, counting it. */
  private async q(conn: Conn, sql: string, params: unknown[] = []): Promise<pg.QueryResult<Row>> {
    this.counter.queries++;
    let bytes = Buffer.byteLength(sql);
    for (const p of params) bytes += p === null || p === undefined ? 0 : Buffer.isBuffer(p) ? p.length : Buffer.byteLength(typeof p === 'string' ? p : JSON.stringify(p));
    this.counter.bytesSent += bytes;
    return conn.query<Row>(sql, params);
  }

  /** Runs `fn` in a transaction, retrying on deadlocks and serialization failures; wraps errors. */
  private async tx<T>(doing: string, fn: (c: Conn) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      let client: pg.PoolClient;
      try {
        client = await this.pool.connect();
      } catch (e) {
        throw new StoreError(`PostgreSQL error while ${doing}: ${(e as Error).message}`, { cause: e, retryable: isRetryable(e) });
      }
      try {
        await this.q(client, 'BEGIN');
        const out = await fn(client);
        await this.q(client, 'COMMIT');
        return out;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => {});
        const code = (e as { code?: string }).code;
        if ((code === '40P01' || code === '40001') && attempt < 5) {
          await new Promise((r) => setTimeout(r, 20 * attempt + Math.random() * 30));
          continue;
        }
        if (e instanceof StoreError) throw e;
        throw new StoreError(`PostgreSQL error while ${doing}: ${(e as Error).message}`, { cause: e, retryable: isRetryable(e) });
      } finally {
        client.release();
      }
    }
  }

  /** Runs a single read, wrapping errors. */
  private async read(doing: string, sql: string, params: unknown[] = []): Promise<Row[]> {
    try {
      return (await this.q(this.pool, sql, params)).rows;
    } catch (e) {
      throw new StoreError(`PostgreSQL error while ${doing}: ${(e as Error).message}`, { cause: e, retryable: isRetryable(e) });
    }
  }

  async putArticles(articles: NewArticle[]): Promise<PutOutcome[]> {
    if (articles.length === 0) return [];
    return this.tx('storing articles', async (c) => {
      const out: PutOutcome[] = [];
      for (const a of articles) {
        // Versions of one URL are numbered under a lock on the URL: two ingests of it never both get version 2.
        if (a.url) await this.q(c, 'SELECT pg_advisory_xact_lock(hashtext($1))', [`isnad.url.${a.url}`]);
        const known = await this.q(c, 'SELECT id FROM articles WHERE content_hash = $1', [a.contentHash]);
        if (known.rows[0]) {
          const id = Number(known.rows[0].id);
          await this.q(c, 'INSERT INTO article_copies (article_id, origin, source, url, title, published) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING',
            [id, a.origin, a.source, a.url, a.title, a.published]);
          out.push({ status: 'duplicate', articleId: id });
          continue;
        }
        let version = 1;
        if (a.url) {
          const last = await this.q(c, 'SELECT max(version) AS v FROM articles WHERE url = $1', [a.url]);
          const v = last.rows[0]?.v;
          if (v !== null && v !== undefined) {
            version = Number(v) + 1;
            await this.q(c, 'UPDATE articles SET latest = false WHERE url = $1 AND latest', [a.url]);
          }
        }
        // ON CONFLICT: another process stored the same text a moment ago; it is then a duplicate.
        const ins = await this.q(c, `INSERT INTO articles (content_hash, url, version, latest, source, title, published, author, language, origin, text, length, signature, search)
          VALUES ($1, $2, $3, true, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::tsvector) ON CONFLICT (content_hash) DO NOTHING RETURNING id`, [
          a.contentHash, a.url, version, a.source, a.title, a.published, a.author, a.language, a.origin, a.text, a.text.length,
          a.fingerprint ? toBytes(a.fingerprint.signature) : null, toTsvectorLiteral(a.search),
        ]);
        if (!ins.rows[0]) {
          const again = await this.q(c, 'SELECT id FROM articles WHERE content_hash = $1', [a.contentHash]);
          out.push({ status: 'duplicate', articleId: Number(again.rows[0]!.id) });
          continue;
        }
        const id = Number(ins.rows[0].id);
        if (a.fingerprint?.bands.length) {
          await this.q(c, 'INSERT INTO lsh_bands (band, article_id) SELECT DISTINCT unnest($1::bigint[]), $2::int ON CONFLICT DO NOTHING', [a.fingerprint.bands.map(String), id]);
        }
        out.push({ status: 'added', articleId: id, version });
      }
      return out;
    });
  }

  async recordIngestFailures(failures: IngestFailure[]): Promise<void> {
    if (failures.length === 0) return;
    await this.tx('recording ingest failures', async (c) => {
      for (const f of failures) {
        await this.q(c, 'INSERT INTO ingest_failures (origin, reason, source, url, title) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (origin, reason) DO NOTHING',
          [f.origin, f.reason, f.source ?? null, f.url ?? null, f.title ?? null]);
      }
    });
  }

  async getArticle(id: number): Promise<StoredArticle | null> {
    const [r] = await this.read('reading an article', 'SELECT id, content_hash, url, version, latest, source, title, published, author, language, origin, text, dup_group FROM articles WHERE id = $1', [id]);
    return r ? toArticle(r) : null;
  }

  async listArticlesNeedingAnalysis(pipelineVersion: string, options: { limit?: number; afterId?: number } = {}): Promise<AnalysisJob[]> {
    const rows = await this.read('listing articles to analyse', `SELECT a.id, a.content_hash FROM articles a
      WHERE a.id > $1 AND NOT EXISTS (SELECT 1 FROM analyses x WHERE x.article_id = a.id AND x.pipeline_version = $2)
      ORDER BY a.id LIMIT $3`, [options.afterId ?? 0, pipelineVersion, options.limit ?? 1000]);
    return rows.map((r) => ({ articleId: Number(r.id), contentHash: String(r.content_hash) }));
  }

  async saveAnalyses(records: AnalysisRecord[]): Promise<void> {
    if (records.length === 0) return;
    // Lock the articles in id order first: two workers saving overlapping batches queue up instead of deadlocking.
    const ids = [...new Set(records.map((r) => r.articleId))].sort((a, b) => a - b);
    // Global entities first, record by record as the SQLite backend merges them, each merge autocommitted.
    // A record whose article or hash is wrong is refused below, before anything of it is stored.
    const known = await this.read('checking articles', 'SELECT id, content_hash FROM articles WHERE id = ANY($1::int[])', [ids]);
    const knownHashes = new Map(known.map((r) => [Number(r.id), String(r.content_hash)]));
    const globalIds = new Map<AnalysisRecord, Map<string, number>>();
    for (const r of records) {
      if (knownHashes.get(r.articleId) !== r.contentHash) continue;
      const map = new Map<string, number>();
      for (const e of r.analysis.entities) map.set(e.id, await this.mergeEntity(e.name, e.type, e.aliases, e.wikidata ?? null));
      globalIds.set(r, map);
    }
    await this.tx('storing analyses', async (c) => {
      const { rows } = await this.q(c, 'SELECT id, content_hash FROM articles WHERE id = ANY($1::int[]) ORDER BY id FOR UPDATE', [ids]);
      const hashes = new Map(rows.map((r) => [Number(r.id), String(r.content_hash)]));
      for (const r of records) {
        const stored = hashes.get(r.articleId);
        if (stored === undefined) throw new StoreError(`no article ${r.articleId} to attach an analysis to`);
        if (stored !== r.contentHash) {
          throw new StoreError(`the analysis of article ${r.articleId} was made from other content (hash ${r.contentHash.slice(0, 12)}…, stored ${stored.slice(0, 12)}…)`);
        }
      }
      for (const r of records) await this.saveOne(c, r, globalIds.get(r) ?? new Map());
    });
  }

  private async saveOne(c: Conn, r: AnalysisRecord, globalIds: Map<string, number>): Promise<void> {
    const a = r.analysis;
    const id = r.articleId;
    await this.q(c, `INSERT INTO analyses (article_id, pipeline_version, content_hash, status, reason, analysis, created_at)
      VALUES ($1, $2, $3, 'ok', NULL, $4::jsonb, clock_timestamp())
      ON CONFLICT (article_id, pipeline_version) DO UPDATE SET content_hash = excluded.content_hash, status = excluded.status,
        reason = excluded.reason, analysis = excluded.analysis, created_at = excluded.created_at`, [id, a.pipelineVersion, r.contentHash, JSON.stringify(a)]);
    // Replace the rows of the article's previous analysis in one round trip.
    await this.q(c, `WITH u AS (UPDATE articles SET analysis_version = $2 WHERE id = $1),
        e AS (DELETE FROM article_entities WHERE article_id = $1),
        m AS (DELETE FROM mentions WHERE article_id = $1),
        q AS (DELETE FROM quotes WHERE article_id = $1),
        tm AS (DELETE FROM tracked_claim_members WHERE claim_id IN (SELECT id FROM claims WHERE article_id = $1)),
        t AS (DELETE FROM times WHERE article_id = $1)
      DELETE FROM claims WHERE article_id = $1`, [id, a.pipelineVersion]);
    if (a.entities.length) {
      await this.q(c, `INSERT INTO article_entities (article_id, local_id, entity_id, name, type, mentions)
        SELECT $1::int, * FROM unnest($2::text[], $3::int[], $4::text[], $5::text[], $6::int[]) ON CONFLICT (article_id, local_id) DO UPDATE
        SET entity_id = excluded.entity_id, name = excluded.name, type = excluded.type, mentions = excluded.mentions`, [
        id, a.entities.map((e) => e.id), a.entities.map((e) => globalIds.get(e.id)!), a.entities.map((e) => e.name), a.entities.map((e) => e.type), a.entities.map((e) => e.mentions.length),
      ]);
      const ms = a.entities.flatMap((e) => e.mentions.map((m) => [e.id, m.start, m.end] as const));
      if (ms.length) {
        await this.q(c, 'INSERT INTO mentions (article_id, local_id, start_offset, end_offset) SELECT $1::int, * FROM unnest($2::text[], $3::int[], $4::int[]) ON CONFLICT DO NOTHING',
          [id, ms.map((m) => m[0]), ms.map((m) => m[1]), ms.map((m) => m[2])]);
      }
    }
    if (a.quotes.length) {
      const qs = a.quotes;
      const sp = qs.map((q) => q.speaker);
      await this.q(c, `INSERT INTO quotes (article_id, idx, local_id, kind, stance, start_offset, end_offset, cue_start_offset, cue_end_offset,
          speaker_name, speaker_type, speaker_key, speaker_entity, headline, sentence, time_index)
        SELECT $1::int, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::int[], $7::int[], $8::int[], $9::int[],
          $10::text[], $11::text[], $12::text[], $13::int[], $14::bool[], $15::int[], $16::int[])`, [
        id, qs.map((_, i) => i), qs.map((q) => q.id), qs.map((q) => q.kind), qs.map((q) => q.stance),
        qs.map((q) => q.content.start), qs.map((q) => q.content.end), qs.map((q) => q.cue?.start ?? null), qs.map((q) => q.cue?.end ?? null),
        sp.map((s) => s?.name ?? null), sp.map((s) => s?.type ?? null), sp.map((s) => (s ? normalizeKey(s.name) : null)),
        sp.map((s) => (s?.entity ? (globalIds.get(s.entity) ?? null) : null)), qs.map((q) => q.headline), qs.map((q) => q.sentence), qs.map((q) => q.time ?? null),
      ]);
    }
    if (a.claims.length) {
      // One statement for all claims: each row's quotes and entities are arrays, so the rows travel as JSON
      // (unnest cannot carry arrays of arrays). WITH ORDINALITY keeps the claims' order for their ids.
      const rows = a.claims.map((cl) => ({ local_id: cl.id, text: cl.text, quotes: cl.quotes, entities: cl.entities.map((e) => globalIds.get(e)).filter((x): x is number => x !== undefined), time_index: cl.time ?? null }));
      await this.q(c, `INSERT INTO claims (article_id, local_id, text, quotes, entities, time_index)
        SELECT $1::int, e.v->>'local_id', e.v->>'text', ARRAY(SELECT jsonb_array_elements_text(e.v->'quotes')::int),
          ARRAY(SELECT jsonb_array_elements_text(e.v->'entities')::int), (e.v->>'time_index')::int
        FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS e(v, n) ORDER BY e.n`, [id, JSON.stringify(rows)]);
    }
    if (a.times.length) {
      await this.q(c, 'INSERT INTO times (article_id, idx, start_offset, end_offset, type, value) SELECT $1::int, * FROM unnest($2::int[], $3::int[], $4::int[], $5::text[], $6::text[])', [
        id, a.times.map((_, i) => i), a.times.map((t) => t.start), a.times.map((t) => t.end), a.times.map((t) => t.type), a.times.map((t) => t.value),
      ]);
    }
  }

  /**
   * Finds or creates the global entity of an article entity, as the SQLite backend does: its normalised
   * name, or one of its aliases of two words or more, already known with the same type gives the entity;
   * a one-word alias (a family name: `الحوثي`) is kept for lookups but never merges. Runs as one
   * autocommitted statement (`merge_entity`), outside the analysis transaction: a failed analysis may
   * leave a new entity with no article, never a lock held across workers. A deadlock between two merges
   * (rare: keys are locked in sorted order) is retried.
   */
  private async mergeEntity(name: string, type: string, aliases: string[], wikidata: string | null): Promise<number> {
    const main = normalizeKey(name);
    const aliasKeys = aliases.map(normalizeKey).filter((k) => k.replace(/\s/g, '').length >= 3);
    const merging = [...new Set([main, ...aliasKeys.filter((k) => /\S\s+\S/.test(k))])];
    const keys = [...new Set([main, ...aliasKeys])];
    const memo = JSON.stringify([type, merging, keys, name, aliases, wikidata]);
    const done = this.merged.get(memo);
    if (done !== undefined) return done;
    for (let attempt = 1; ; attempt++) {
      try {
        const { rows } = await this.q(this.pool, 'SELECT merge_entity($1, $2::text[], $3::text[], $4, $5::text[], $6) AS id', [type, merging, keys, name, aliases, wikidata]);
        const id = Number(rows[0]!.id);
        // A bounded memo: forgetting it all now and then costs one merge per entity, nothing else.
        if (this.merged.size >= 100_000) this.merged.clear();
        this.merged.set(memo, id);
        return id;
      } catch (e) {
        const code = (e as { code?: string }).code;
        if ((code === '40P01' || code === '40001' || code === '23505') && attempt < 5) continue;
        throw new StoreError(`PostgreSQL error while merging entities: ${(e as Error).message}`, { cause: e, retryable: isRetryable(e) });
      }
    }
  }

  async saveAnalysisFailures(failures: AnalysisFailure[]): Promise<void> {
    if (failures.length === 0) return;
    await this.tx('storing analysis failures', async (c) => {
      for (const f of failures) {
        await this.q(c, `INSERT INTO analyses (article_id, pipeline_version, content_hash, status, reason, analysis, created_at)
          VALUES ($1, $2, $3, 'failed', $4, NULL, clock_timestamp())
          ON CONFLICT (article_id, pipeline_version) DO UPDATE SET content_hash = excluded.content_hash, status = excluded.status,
            reason = excluded.reason, analysis = NULL, created_at = excluded.created_at`, [f.articleId, f.pipelineVersion, f.contentHash, f.reason]);
      }
    });
  }

  async getAnalysis(articleId: number, pipelineVersion?: string): Promise<StoredAnalysis | null> {
    const [r] = pipelineVersion === undefined
      ? await this.read('reading an analysis', 'SELECT * FROM analyses WHERE article_id = $1 ORDER BY created_at DESC, pipeline_version DESC LIMIT 1', [articleId])
      : await this.read('reading an analysis', 'SELECT * FROM analyses WHERE article_id = $1 AND pipeline_version = $2', [articleId, pipelineVersion]);
    if (!r) return null;
    const version = String(r.pipeline_version);
    if (r.status === 'failed') return { status: 'failed', articleId, pipelineVersion: version, reason: String(r.reason) };
    const parsed = AnalysisSchema.safeParse(r.analysis);
    if (!parsed.success) throw new StoreError(`the stored analysis of article ${articleId} (${version}) does not match isnad/analysis@1: ${parsed.error.issues[0]?.message ?? ''}`);
    return { status: 'ok', articleId, pipelineVersion: version, analysis: parsed.data as Analysis };
  }

  async listUngroupedArticles(limit: number): Promise<Array<{ articleId: number; signature: Uint32Array }>> {
    const rows = await this.read('listing ungrouped articles', 'SELECT id, signature FROM articles WHERE dup_group IS NULL AND signature IS NOT NULL ORDER BY id LIMIT $1', [limit]);
    return rows.map((r) => ({ articleId: Number(r.id), signature: fromBytes(r.signature as Buffer) }));
  }

  /** At most 200 candidates, as the SQLite backend: a boilerplate-heavy band must not pull in thousands. */
  async findBandMatches(articleId: number, bands: number[]): Promise<BandMatch[]> {
    const rows = await this.read('finding near-duplicate candidates', `SELECT a.id, a.signature, a.dup_group FROM articles a
      WHERE a.id IN (SELECT b.article_id FROM lsh_bands b WHERE b.band = ANY($1::bigint[]) AND b.article_id <> $2) ORDER BY a.id LIMIT 200`, [bands.map(String), articleId]);
    return rows.map((r) => ({ articleId: Number(r.id), signature: fromBytes(r.signature as Buffer), duplicateGroup: r.dup_group === null ? null : Number(r.dup_group) }));
  }

  async setDuplicateGroups(assign: Array<{ articleId: number; group: number }>, merges: Array<{ from: number; to: number }> = []): Promise<void> {
    await this.tx('storing duplicate groups', async (c) => {
      for (const m of merges) await this.q(c, 'UPDATE articles SET dup_group = $1 WHERE dup_group = $2', [m.to, m.from]);
      if (assign.length) {
        await this.q(c, 'UPDATE articles a SET dup_group = v.g FROM unnest($1::int[], $2::int[]) AS v(id, g) WHERE a.id = v.id',
          [assign.map((x) => x.articleId), assign.map((x) => x.group)]);
      }
    });
  }

  async duplicatesOf(articleId: number): Promise<number[]> {
    const [g] = await this.read('reading a duplicate group', 'SELECT dup_group FROM articles WHERE id = $1', [articleId]);
    if (!g) return [];
    if (g.dup_group === null) return [articleId];
    const rows = await this.read('reading a duplicate group', 'SELECT id FROM articles WHERE dup_group = $1 ORDER BY id', [g.dup_group]);
    return rows.map((r) => Number(r.id));
  }

  async listFingerprints(options: { afterId?: number; limit: number }) {
    const rows = await this.read('listing fingerprints', 'SELECT id, signature, dup_group FROM articles WHERE id > $1 AND signature IS NOT NULL ORDER BY id LIMIT $2', [options.afterId ?? 0, options.limit]);
    return rows.map((r) => ({ articleId: Number(r.id), signature: fromBytes(r.signature as Buffer), duplicateGroup: r.dup_group === null ? null : Number(r.dup_group) }));
  }

  async search(query: SearchQuery): Promise<SearchHit[]> {
    const parsed = parseQuery(query.text);
    if (!parsed) return [];
    const tsquery = toTsqueryLiteral(parsed.match);
    if (!tsquery) return [];
    const params: unknown[] = [tsquery, Math.max(1, Math.min(query.limit ?? 20, 1000))];
    const where: string[] = ['a.search @@ $1::tsquery', 'a.latest'];
    const add = (v: unknown): string => `$${params.push(v)}`;
    if (query.from) where.push(`a.published >= ${add(query.from)}`);
    if (query.to) where.push(`a.published <= ${add(query.to)}`);
    if (query.source) where.push(`a.source = ${add(query.source)}`);
    if (query.entity !== undefined) {
      where.push(`a.id IN (SELECT ae.article_id FROM article_entities ae WHERE ae.entity_id IN (SELECT entity_id FROM entity_keys WHERE key = ${add(normalizeKey(query.entity))}))`);
    }
    if (query.speaker !== undefined || query.stance !== undefined) {
      const conds: string[] = [];
      if (query.speaker !== undefined) {
        const key = add(normalizeKey(query.speaker));
        conds.push(`(q.speaker_key = ${key} OR q.speaker_entity IN (SELECT entity_id FROM entity_keys WHERE key = ${key}))`);
      }
      if (query.stance !== undefined) conds.push(`q.stance = ${add(query.stance)}`);
      where.push(`a.id IN (SELECT q.article_id FROM quotes q WHERE ${conds.join(' AND ')})`);
    }
    // Rank first (ids and scores), then read the texts of the few hits. Normalisation 1 divides by
    // 1 + log(length), as bm25 discounts long documents. ts_rank reads each candidate's vector, so a word
    // found in most of the archive (السعودية in 20,000 articles: 0.6 s) would read them all: the candidates
    // are capped to the most recent RANK_CANDIDATES matches, ranked by relevance.
    const ranked = await this.read('searching', `SELECT c.id, ts_rank('${RANK_WEIGHTS}', c.search, $1::tsquery, 1) AS rank
      FROM (SELECT a.id, a.search FROM articles a WHERE ${where.join(' AND ')} ORDER BY a.id DESC LIMIT ${RANK_CANDIDATES}) c
      ORDER BY rank DESC, c.id LIMIT $2`, params);
    if (ranked.length === 0) return [];
    const rows = await this.read('reading search hits', 'SELECT id, title, text, source, published, url FROM articles WHERE id = ANY($1::int[])', [ranked.map((r) => r.id)]);
    const byId = new Map(rows.map((r) => [Number(r.id), r]));
    const hits: SearchHit[] = [];
    for (const r of ranked) {
      const a = byId.get(Number(r.id));
      if (!a) continue;
      const text = String(a.text);
      const snip = hitSnippet(text, a.title ? String(a.title) : null, parsed.terms);
      hits.push({
        articleId: Number(a.id), title: str(a.title), snippet: snip.text, score: Number(r.rank),
        source: str(a.source), published: str(a.published), url: str(a.url), snippetSpan: snip.span, highlights: snip.highlights,
      });
    }
    return hits;
  }

  private async entityIdsFor(name: string): Promise<number[]> {
    const rows = await this.read('looking up an entity', 'SELECT DISTINCT entity_id FROM entity_keys WHERE key = $1', [normalizeKey(name)]);
    return rows.map((r) => Number(r.entity_id));
  }

  async findEntities(name: string, limit = 10): Promise<EntitySummary[]> {
    const ids = await this.entityIdsFor(name);
    if (ids.length === 0) return [];
    const rows = await this.read('summarising entities', `SELECT e.id, e.name, e.type,
        (SELECT count(*) FROM article_entities ae WHERE ae.entity_id = e.id)::int AS articles,
        (SELECT coalesce(sum(mentions), 0) FROM article_entities ae WHERE ae.entity_id = e.id)::int AS mentions,
        ARRAY(SELECT alias FROM entity_aliases al WHERE al.entity_id = e.id AND al.alias <> e.name ORDER BY alias COLLATE "C") AS aliases
      FROM entities e WHERE e.id = ANY($1::int[])`, [ids]);
    return rows
      .map((r) => ({ id: Number(r.id), name: String(r.name), type: String(r.type), aliases: r.aliases as string[], articles: Number(r.articles), mentions: Number(r.mentions) }))
      .sort((a, b) => b.mentions - a.mentions || a.id - b.id)
      .slice(0, limit);
  }

  async statementsOf(entityId: number, limit = 50): Promise<Statement[]> {
    const rows = await this.read('reading statements', `SELECT q.article_id, q.stance, q.kind, q.start_offset, q.end_offset, a.title, a.published, a.source, a.text
      FROM quotes q JOIN articles a ON a.id = q.article_id
      WHERE q.speaker_entity = $1 AND a.latest ORDER BY a.published DESC NULLS LAST, q.article_id DESC, q.idx LIMIT $2`, [entityId, limit]);
    return rows.map((r) => {
      const start = Number(r.start_offset);
      const end = Number(r.end_offset);
      return {
        articleId: Number(r.article_id), title: str(r.title), published: str(r.published), source: str(r.source),
        stance: r.stance as Stance, kind: String(r.kind), content: String(r.text).slice(start, end), contentSpan: { start, end },
      };
    });
  }

  async listClaimRecords(options: { afterId?: number; limit: number }): Promise<ClaimRecord[]> {
    const rows = await this.read('listing claims', `SELECT c.id, c.article_id, c.text, c.entities, a.published, a.source, a.dup_group
      FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id > $1 AND a.latest ORDER BY c.id LIMIT $2`, [options.afterId ?? 0, options.limit]);
    return rows.map((r) => ({
      claimId: Number(r.id), articleId: Number(r.article_id), text: String(r.text), entities: (r.entities as number[]).map(Number),
      published: str(r.published), source: str(r.source), duplicateGroup: r.dup_group === null ? null : Number(r.dup_group),
    }));
  }

  async replaceTrackedClaims(groups: number[][]): Promise<void> {
    await this.tx('storing tracked claims', async (c) => {
      await this.q(c, 'DELETE FROM tracked_claim_entities');
      await this.q(c, 'DELETE FROM tracked_claim_members');
      await this.q(c, 'DELETE FROM tracked_claims');
      const all = [...new Set(groups.flat())];
      if (all.length === 0) return;
      const { rows } = await this.q(c, `SELECT c.id, c.article_id, c.text, c.entities, a.published, a.source, coalesce(a.dup_group, a.id) AS grp
        FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id = ANY($1::bigint[])`, [all.map(String)]);
      const info = new Map(rows.map((r) => [Number(r.id), r]));
      const tracked: unknown[][] = [[], [], [], [], [], [], []];
      const members: unknown[][] = [[], [], []];
      const entities: unknown[][] = [[], []];
      for (const g of groups) {
        const ms = g.map((id) => info.get(id)).filter((x): x is Row => x !== undefined);
        if (ms.length === 0) continue;
        // The tracked claim's id is its smallest article claim id: stable while that analysis is unchanged.
        ms.sort((a, b) => String(a.published ?? '9999').localeCompare(String(b.published ?? '9999')) || Number(a.id) - Number(b.id));
        const id = Math.min(...ms.map((m) => Number(m.id)));
        const dates = ms.map((m) => str(m.published)).filter((d): d is string => !!d).sort();
        const row = [id, String(ms[0]!.text), new Set(ms.map((m) => Number(m.article_id))).size, new Set(ms.map((m) => Number(m.grp))).size,
          new Set(ms.map((m) => str(m.source) ?? `#${String(m.article_id)}`)).size, dates[0] ?? null, dates[dates.length - 1] ?? null];
        row.forEach((v, i) => tracked[i]!.push(v));
        const seenEntities = new Set<number>();
        for (const m of ms) {
          members[0]!.push(id);
          members[1]!.push(Number(m.id));
          members[2]!.push(Number(m.article_id));
          for (const e of m.entities as number[]) {
            if (seenEntities.has(Number(e))) continue;
            seenEntities.add(Number(e));
            entities[0]!.push(Number(e));
            entities[1]!.push(id);
          }
        }
      }
      if (tracked[0]!.length === 0) return;
      await this.q(c, `INSERT INTO tracked_claims (id, text, articles, sources, outlets, first_date, last_date)
        SELECT * FROM unnest($1::bigint[], $2::text[], $3::int[], $4::int[], $5::int[], $6::text[], $7::text[]) ON CONFLICT (id) DO NOTHING`, tracked);
      await this.q(c, 'INSERT INTO tracked_claim_members (tracked_id, claim_id, article_id) SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::int[]) ON CONFLICT DO NOTHING', members);
      await this.q(c, 'INSERT INTO tracked_claim_entities (entity_id, tracked_id) SELECT * FROM unnest($1::int[], $2::bigint[]) ON CONFLICT DO NOTHING', entities);
    });
  }

  async listTrackedClaims(options: { entity?: string; limit?: number; minArticles?: number } = {}): Promise<TrackedClaim[]> {
    const params: unknown[] = [options.minArticles ?? 1];
    let sql = 'SELECT t.* FROM tracked_claims t WHERE t.articles >= $1';
    if (options.entity !== undefined) {
      params.push(normalizeKey(options.entity));
      sql += ` AND t.id IN (SELECT tracked_id FROM tracked_claim_entities WHERE entity_id IN (SELECT entity_id FROM entity_keys WHERE key = $${params.length}))`;
    }
    params.push(options.limit ?? 50);
    sql += ` ORDER BY t.sources DESC, t.articles DESC, t.id LIMIT $${params.length}`;
    return (await this.read('listing tracked claims', sql, params)).map(toTracked);
  }

  async getTrackedClaim(id: number): Promise<{ claim: TrackedClaim; timeline: TimelineEntry[] } | null> {
    const [t] = await this.read('reading a tracked claim', 'SELECT * FROM tracked_claims WHERE id = $1', [id]);
    if (!t) return null;
    const members = await this.read('reading a claim timeline', `SELECT m.claim_id, c.article_id, c.text AS claim_text, c.quotes, a.title, a.source, a.published, a.text
      FROM tracked_claim_members m JOIN claims c ON c.id = m.claim_id JOIN articles a ON a.id = c.article_id
      WHERE m.tracked_id = $1 ORDER BY a.published NULLS LAST, c.article_id, c.id`, [id]);
    const articleIds = [...new Set(members.map((m) => Number(m.article_id)))];
    const quoteRows = articleIds.length
      ? await this.read('reading a claim timeline', 'SELECT article_id, idx, speaker_name, stance, start_offset, end_offset FROM quotes WHERE article_id = ANY($1::int[])', [articleIds])
      : [];
    const quotes = new Map(quoteRows.map((q) => [`${String(q.article_id)}:${String(q.idx)}`, q]));
    const timeline: TimelineEntry[] = [];
    for (const m of members) {
      const articleId = Number(m.article_id);
      const base = { date: str(m.published), articleId, title: str(m.title), source: str(m.source) };
      const qs = (m.quotes as number[]).map((i) => quotes.get(`${articleId}:${i}`)).filter((q): q is Row => q !== undefined);
      if (qs.length === 0) timeline.push({ ...base, speaker: null, stance: null, content: String(m.claim_text) });
      for (const q of qs) {
        timeline.push({ ...base, speaker: str(q.speaker_name), stance: q.stance as Stance, content: String(m.text).slice(Number(q.start_offset), Number(q.end_offset)) });
      }
    }
    return { claim: toTracked(t), timeline };
  }

  async stats(): Promise<StoreStats> {
    const [r] = await this.read('counting', `SELECT
      (SELECT count(*) FROM articles)::int AS articles,
      (SELECT count(*) FROM articles WHERE latest)::int AS latest,
      (SELECT count(DISTINCT article_id) FROM analyses WHERE status = 'ok')::int AS analysed,
      (SELECT count(*) FROM analyses WHERE status = 'failed')::int AS analysis_failures,
      (SELECT count(*) FROM ingest_failures)::int AS ingest_failures,
      (SELECT count(*) FROM (SELECT dup_group FROM articles WHERE dup_group IS NOT NULL GROUP BY dup_group HAVING count(*) > 1) g)::int AS groups,
      (SELECT coalesce(sum(n), 0) FROM (SELECT count(*) AS n FROM articles WHERE dup_group IS NOT NULL GROUP BY dup_group HAVING count(*) > 1) g)::int AS grouped,
      (SELECT count(*) FROM tracked_claims)::int AS tracked,
      (SELECT count(*) FROM tracked_claims WHERE articles > 1)::int AS tracked_across`);
    return {
      articles: Number(r!.articles), latestArticles: Number(r!.latest), analysed: Number(r!.analysed), analysisFailures: Number(r!.analysis_failures),
      ingestFailures: Number(r!.ingest_failures), duplicateGroups: Number(r!.groups), articlesInDuplicateGroups: Number(r!.grouped),
      trackedClaims: Number(r!.tracked), trackedClaimsAcrossArticles: Number(r!.tracked_across),
    };
  }

  /** Analyses stored per pipeline version (for `isnad status` and reanalysis). */
  async analysisVersions(): Promise<Array<{ pipelineVersion: string; ok: number; failed: number }>> {
    const rows = await this.read('counting analyses', `SELECT pipeline_version, count(*) FILTER (WHERE status = 'ok')::int AS ok, count(*) FILTER (WHERE status = 'failed')::int AS failed
      FROM analyses GROUP BY pipeline_version ORDER BY pipeline_version`);
    return rows.map((r) => ({ pipelineVersion: String(r.pipeline_version), ok: Number(r.ok), failed: Number(r.failed) }));
  }

  async close(): Promise<void> {
    await this.pool.end().catch(() => {});
  }
}

function toArticle(r: Row): StoredArticle {
  return {
    id: Number(r.id), text: String(r.text), contentHash: String(r.content_hash), source: str(r.source), url: str(r.url), title: str(r.title),
    published: str(r.published), author: str(r.author), language: str(r.language), origin: String(r.origin), version: Number(r.version),
    latest: r.latest === true, duplicateGroup: r.dup_group === null || r.dup_group === undefined ? null : Number(r.dup_group),
  };
}

function toTracked(r: Row): TrackedClaim {
  return {
    id: Number(r.id), text: String(r.text), articles: Number(r.articles), sources: Number(r.sources), outlets: Number(r.outlets),
    firstDate: str(r.first_date), lastDate: str(r.last_date),
  };
}
