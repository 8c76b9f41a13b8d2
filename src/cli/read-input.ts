import { readFileSync, statSync } from 'node:fs';

/** The largest article the CLI reads: larger input is refused rather than analysed slowly. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

/** An input the CLI refuses, with a one-line reason for the user. */
export class InputError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'InputError';
    this.code = code;
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }) // keep a BOM: offsets count it, as readFileSync(file, 'utf8') does;

/**
 * Decodes a file's bytes as an article: UTF-8 only (a BOM is allowed and kept), no NUL bytes, not empty.
 * @throws {InputError} binary, non-UTF-8, empty or oversized input.
 */
export function decodeArticle(bytes: Uint8Array, name: string): string {
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new InputError('ISNAD_INPUT_TOO_LARGE', `${name}: ${(bytes.length / 1048576).toFixed(1)} MB is over the ${MAX_INPUT_BYTES / 1048576} MB limit for one article`);
  }
  if (bytes.includes(0)) throw new InputError('ISNAD_INPUT_BINARY', `${name}: looks binary (it has NUL bytes); give a UTF-8 text file`);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new InputError('ISNAD_INPUT_ENCODING', `${name}: is not valid UTF-8; convert it first (e.g. iconv -f WINDOWS-1256 -t UTF-8)`);
  }
  if (text.trim() === '' || text.replace(/[\s\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '') === '') {
    throw new InputError('ISNAD_INPUT_EMPTY', `${name}: is empty`);
  }
  return text;
}

/** Reads standard input to the end, stopping once it passes the size limit. */
async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const b = chunk as Buffer;
    size += b.length;
    if (size > MAX_INPUT_BYTES) return new Uint8Array(size);
    chunks.push(b);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * Reads one article from a path, or standard input for `-`.
 * @throws {InputError} with a one-line message for anything that is not a readable UTF-8 article.
 */
export async function readArticle(path: string): Promise<string> {
  if (path === '-') return decodeArticle(await readStdin(), 'standard input');
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new InputError('ISNAD_INPUT_DIRECTORY', `${path}: is a directory; give files (e.g. ${path}/*.txt), or use \`isnad ingest ${path}\` to read a whole folder`);
    if (!st.isFile()) throw new InputError('ISNAD_INPUT_UNREADABLE', `${path}: is not a regular file`);
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError('ISNAD_INPUT_UNREADABLE', `${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : 'cannot be read'}`);
  }
  if (size > MAX_INPUT_BYTES) return decodeArticle(new Uint8Array(size), path);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError('ISNAD_INPUT_UNREADABLE', `${path}: ${code === 'EACCES' ? 'permission denied' : 'cannot be read'}`);
  }
  return decodeArticle(bytes, path);
}
