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
  /** Largest response accepted, in bytes. */
  maxBytes?: number;
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
  maxBytes: 50 * 1024 * 1024,
};

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
    try {
      return JSON.parse(bytes.toString('utf8'));
    } catch {
      throw new FetchError(url, null, 'the answer is not JSON');
    }
  }

  /** GETs a URL with retries; a 4xx other than 429 fails at once. */
  async get(url: string): Promise<Fetched> {
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

  private async once(url: string): Promise<Fetched | { retry: string; status: number | null }> {
    this.requests += 1;
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { accept: 'application/json, */*;q=0.5' },
        signal: AbortSignal.timeout(this.options.timeoutMs),
        redirect: 'follow',
      });
    } catch (error) {
      return { retry: networkReason(error), status: null };
    }
    if (response.status >= 500 || response.status === 429) {
      await response.body?.cancel();
      return { retry: `HTTP ${response.status}`, status: response.status };
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new FetchError(url, response.status, `HTTP ${response.status}`);
    }
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > this.options.maxBytes) {
      await response.body?.cancel();
      throw new FetchError(url, response.status, `larger than ${this.options.maxBytes} bytes`);
    }
    try {
      const bytes = Buffer.from(await response.arrayBuffer());
      return { bytes, contentType: response.headers.get('content-type') ?? '' };
    } catch (error) {
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

function networkReason(error: unknown): string {
  // By name, not instanceof: fetch's DOMException may come from another realm.
  const { name, cause } = (error ?? {}) as { name?: string; cause?: { message?: string } };
  if (name === 'TimeoutError' || name === 'AbortError') return 'timed out';
  return `network error${cause?.message ? `: ${cause.message}` : ''}`;
}
