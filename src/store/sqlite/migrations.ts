/** A schema migration: applied once, in order, inside a transaction; `PRAGMA user_version` records the last. */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}

/**
 * The SQLite schema, versioned. Append new migrations; never edit an applied one.
 * Offsets are stored as `start_offset`/`end_offset` (UTF-16, half-open) and text is only sliced in code:
 * SQLite's `substr` counts code points and would drift after an emoji.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'articles, analyses as rows, full-text index, near-duplicates, tracked claims',
    sql: `
      CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,
        url TEXT,
        version INTEGER NOT NULL DEFAULT 1,
        latest INTEGER NOT NULL DEFAULT 1,
        source TEXT,
        title TEXT,
        published TEXT,
        author TEXT,
        language TEXT,
        origin TEXT NOT NULL,
        text TEXT NOT NULL,
        length INTEGER NOT NULL,
        ingested_at TEXT NOT NULL,
        analysis_version TEXT,
        dup_group INTEGER,
        signature BLOB
      );
      CREATE INDEX articles_url ON articles (url, version) WHERE url IS NOT NULL;
      CREATE INDEX articles_published ON articles (published);
      CREATE INDEX articles_source ON articles (source, published);
      CREATE INDEX articles_dup_group ON articles (dup_group) WHERE dup_group IS NOT NULL;
      CREATE INDEX articles_ungrouped ON articles (id) WHERE dup_group IS NULL AND signature IS NOT NULL;

      -- Exact copies (same content hash) seen under another URL or source: remembered, not stored twice.
      CREATE TABLE article_copies (
        article_id INTEGER NOT NULL REFERENCES articles (id),
        origin TEXT NOT NULL,
        source TEXT,
        url TEXT,
        title TEXT,
        published TEXT,
        PRIMARY KEY (article_id, origin)
      ) WITHOUT ROWID;

      CREATE TABLE ingest_failures (
        id INTEGER PRIMARY KEY,
        origin TEXT NOT NULL,
        reason TEXT NOT NULL,
        source TEXT,
        url TEXT,
        title TEXT,
        recorded_at TEXT NOT NULL,
        UNIQUE (origin, reason)
      );

      CREATE TABLE lsh_bands (
        band INTEGER NOT NULL,
        article_id INTEGER NOT NULL,
        PRIMARY KEY (band, article_id)
      ) WITHOUT ROWID;

      CREATE VIRTUAL TABLE article_fts USING fts5 (
        l0, l1, l2, l3,
        content = '', contentless_delete = 1,
        tokenize = "unicode61 remove_diacritics 0 categories 'L* N* M* Co'"
      );

      CREATE TABLE analyses (
        article_id INTEGER NOT NULL REFERENCES articles (id),
        pipeline_version TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
        reason TEXT,
        analysis BLOB, -- the analysis JSON, raw-deflate compressed
        created_at TEXT NOT NULL,
        PRIMARY KEY (article_id, pipeline_version)
      ) WITHOUT ROWID;
      CREATE INDEX analyses_version ON analyses (pipeline_version, article_id);

      CREATE TABLE entities (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        wikidata TEXT
      );
      -- Every normalised name and alias of an entity, for merging across articles and for lookups.
      CREATE TABLE entity_keys (
        key TEXT NOT NULL,
        type TEXT NOT NULL,
        entity_id INTEGER NOT NULL REFERENCES entities (id),
        PRIMARY KEY (key, type)
      ) WITHOUT ROWID;
      CREATE TABLE entity_aliases (
        entity_id INTEGER NOT NULL REFERENCES entities (id),
        alias TEXT NOT NULL,
        PRIMARY KEY (entity_id, alias)
      ) WITHOUT ROWID;

      CREATE TABLE article_entities (
        article_id INTEGER NOT NULL REFERENCES articles (id),
        local_id TEXT NOT NULL,
        entity_id INTEGER NOT NULL REFERENCES entities (id),
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        mentions INTEGER NOT NULL,
        PRIMARY KEY (article_id, local_id)
      ) WITHOUT ROWID;
      CREATE INDEX article_entities_entity ON article_entities (entity_id, article_id);

      CREATE TABLE mentions (
        article_id INTEGER NOT NULL REFERENCES articles (id),
        local_id TEXT NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        PRIMARY KEY (article_id, start_offset, end_offset, local_id)
      ) WITHOUT ROWID;

      CREATE TABLE quotes (
        article_id INTEGER NOT NULL REFERENCES articles (id),
        idx INTEGER NOT NULL,
        local_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        stance TEXT NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        cue_start_offset INTEGER,
        cue_end_offset INTEGER,
        speaker_name TEXT,
        speaker_type TEXT,
        speaker_key TEXT,
        speaker_entity INTEGER,
        headline INTEGER NOT NULL,
        sentence INTEGER NOT NULL,
        time_index INTEGER,
        PRIMARY KEY (article_id, idx)
      ) WITHOUT ROWID;
      CREATE INDEX quotes_speaker_entity ON quotes (speaker_entity, stance) WHERE speaker_entity IS NOT NULL;
      CREATE INDEX quotes_speaker_key ON quotes (speaker_key, stance);
      CREATE INDEX quotes_stance ON quotes (stance, article_id);

      CREATE TABLE claims (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles (id),
        local_id TEXT NOT NULL,
        text TEXT NOT NULL,
        quotes TEXT NOT NULL,
        entities TEXT NOT NULL,
        time_index INTEGER
      );
      CREATE INDEX claims_article ON claims (article_id);

      CREATE TABLE times (
        article_id INTEGER NOT NULL REFERENCES articles (id),
        idx INTEGER NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        type TEXT NOT NULL,
        value TEXT,
        PRIMARY KEY (article_id, idx)
      ) WITHOUT ROWID;

      CREATE TABLE tracked_claims (
        id INTEGER PRIMARY KEY,
        text TEXT NOT NULL,
        articles INTEGER NOT NULL,
        sources INTEGER NOT NULL,
        outlets INTEGER NOT NULL,
        first_date TEXT,
        last_date TEXT
      );
      CREATE INDEX tracked_claims_rank ON tracked_claims (sources DESC, articles DESC);
      CREATE TABLE tracked_claim_members (
        tracked_id INTEGER NOT NULL,
        claim_id INTEGER NOT NULL,
        article_id INTEGER NOT NULL,
        PRIMARY KEY (tracked_id, claim_id)
      ) WITHOUT ROWID;
      CREATE INDEX tracked_claim_members_claim ON tracked_claim_members (claim_id);
      CREATE TABLE tracked_claim_entities (
        entity_id INTEGER NOT NULL,
        tracked_id INTEGER NOT NULL,
        PRIMARY KEY (entity_id, tracked_id)
      ) WITHOUT ROWID;
    `,
  },
];
