import type { IngestFailure } from '../../store/index.js';

/** An article as read from an input, before it is hashed and indexed. */
export interface RawArticle {
  text: string;
  title: string | null;
  url: string | null;
  /** YYYY-MM-DD or null. */
  published: string | null;
  source: string | null;
  author: string | null;
  /** Where it came from: `dir/a.html`, `feed.xml#3`, `corpus.jsonl.gz:12`. */
  origin: string;
}

/** One item read from the inputs: an article, or a failure with its reason; `position` drives the progress bar. */
export type InputItem =
  | { kind: 'article'; article: RawArticle; position: number }
  | { kind: 'failure'; failure: IngestFailure; position: number };

/** The subset of `fetch` the readers use; tests inject one that serves fixtures. */
export type FetchLike = (url: string, init?: { signal?: AbortSignal; headers?: Record<string, string> }) => Promise<Response>;
