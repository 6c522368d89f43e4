import { LIMITS } from '../config/limits';

/** A request that failed for good: after its retries, or with a status that retrying cannot change. */
export class FetchError extends Error {
  constructor(
    readonly url: string,
    readonly status: number | null,
    message: string,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

export interface ClientOptions {
  /** Requests in flight at once. */
  concurrency?: number;
  /** Longest one request may take, body included. */
  timeoutMs?: number;
  /** Further attempts after a 5xx, 429, timeout or network error. */
  retries?: number;
  /** Wait before the first retry; doubled for each further one. */
  backoffMs?: number;
  /** Largest response accepted, in bytes, counted as it is read: with or without a Content-Length. */
  maxBytes?: number;
  /** The only origin requests may go to (the System's); any origin when left out. */
  origin?: string;
}

export interface Fetched {
  bytes: Buffer;
  contentType: string;
}

const DEFAULTS: Required<ClientOptions> = {
  concurrency: 4,
  timeoutMs: 30_000,
  retries: 3,
  backoffMs: 1_000,
  maxBytes: LIMITS.importResponseBytes,
  origin: '',
};

/** Redirects followed for one request, each checked against the origin. */
const MAX_REDIRECTS = 5;

/** How deep a JSON answer may nest: an OParl object nests a few levels, not thousands. */
const MAX_JSON_DEPTH = 64;

/** The deepest nesting of brackets in a JSON text, outside its strings; stops counting once past `limit`. */
function jsonDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i += 1;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth += 1;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === 93 || c === 125) depth -= 1;
  }
  return deepest;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** HTTP GET for OParl servers: a concurrency limit, a timeout per request, and retries with backoff. */
export class OparlClient {
  readonly options: Required<ClientOptions>;
  requests = 0;
  retries = 0;
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(options: ClientOptions = {}) {
    const given = Object.entries(options).filter(([, value]) => value !== undefined);
    this.options = { ...DEFAULTS, ...Object.fromEntries(given) };
  }

  /** GETs a URL and parses its JSON. */
  async getJson(url: string): Promise<unknown> {
    const { bytes } = await this.get(url);
    const text = bytes.toString('utf8');
    if (jsonDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH)
      throw new FetchError(url, null, `the answer nests deeper than ${MAX_JSON_DEPTH} levels`);
    try {
      return JSON.parse(text);
    } catch {
      throw new FetchError(url, null, 'the answer is not JSON');
    }
  }

  /** Why `url` may not be requested (not http(s), or outside the origin), or null when it may. */
  refusal(url: string): string | null {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return 'is not a URL';
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return `is a ${parsed.protocol} URL, not http(s)`;
    if (this.options.origin && parsed.origin !== this.options.origin)
      return `leaves the system's origin ${this.options.origin}`;
    return null;
  }

  /** GETs a URL with retries; a 4xx other than 429, or a URL outside the origin, fails at once. */
  async get(url: string): Promise<Fetched> {
    const refused = this.refusal(url);
    if (refused) throw new FetchError(url, null, `not requested: the URL ${refused}`);
    for (let attempt = 0; ; attempt++) {
      const outcome = await this.withSlot(() => this.once(url));
      if (!('retry' in outcome)) return outcome;
      if (attempt >= this.options.retries) {
        throw new FetchError(url, outcome.status, `${outcome.retry} (after ${attempt + 1} attempts)`);
      }
      this.retries += 1;
      await sleep(this.options.backoffMs * 2 ** attempt);
    }
  }

  private async once(first: string): Promise<Fetched | { retry: string; status: number | null }> {
    this.requests += 1;
    let url = first;
    let response: Response;
    const signal = AbortSignal.timeout(this.options.timeoutMs);
    try {
      for (let redirects = 0; ; redirects += 1) {
        response = await fetch(url, {
          headers: { accept: 'application/json, */*;q=0.5' },
          signal,
          redirect: 'manual',
        });
        const location = response.status >= 300 && response.status < 400 ? response.headers.get('location') : null;
        if (location === null) break;
        await response.body?.cancel();
        const target = new URL(location, url).toString();
        const refused = this.refusal(target);
        if (refused) throw new FetchError(first, response.status, `redirected to a URL that ${refused}`);
        if (redirects >= MAX_REDIRECTS) throw new FetchError(first, response.status, 'too many redirects');
        url = target;
      }
    } catch (error) {
      if (error instanceof FetchError) throw error;
      return { retry: networkReason(error), status: null };
    }
    if (response.status >= 500 || response.status === 429) {
      await response.body?.cancel();
      return { retry: `HTTP ${response.status}`, status: response.status };
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new FetchError(first, response.status, `HTTP ${response.status}`);
    }
    const tooLarge = () => new FetchError(first, response.status, `larger than ${this.options.maxBytes} bytes`);
    if (Number(response.headers.get('content-length') ?? 0) > this.options.maxBytes) {
      await response.body?.cancel();
      throw tooLarge();
    }
    try {
      const bytes = await readCapped(response, this.options.maxBytes);
      if (bytes === null) throw tooLarge();
      return { bytes, contentType: response.headers.get('content-type') ?? '' };
    } catch (error) {
      if (error instanceof FetchError) throw error;
      return { retry: networkReason(error), status: null };
    }
  }

  private async withSlot<T>(work: () => Promise<T>): Promise<T> {
    // A finished request hands its slot straight to the next waiting one, so the limit holds exactly.
    if (this.active < this.options.concurrency) this.active += 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active -= 1;
    }
  }
}

/** Reads a body chunk by chunk; null (the rest not read) as soon as it holds more than `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<Buffer | null> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks, size);
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
}

function networkReason(error: unknown): string {
  // By name, not instanceof: fetch's DOMException may come from another realm.
  const { name, cause } = (error ?? {}) as { name?: string; cause?: { message?: string } };
  if (name === 'TimeoutError' || name === 'AbortError') return 'timed out';
  return `network error${cause?.message ? `: ${cause.message}` : ''}`;
}
