import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CORE_SCHEMA, load } from 'js-yaml';
import { DatasetIndex } from '../../src/oparl/dataset-index';
import { FetchError, OparlClient } from '../../src/oparl/http-client';
import { ImportReport } from '../../src/oparl/import-report';
import { organizationNodes } from '../../src/oparl/render-structure';
import type { Checkpoint, StateStore } from '../../src/oparl/state-store';
import { walkList, type PageOutcome } from '../../src/oparl/walk-list';
import { yamlFile } from '../../src/oparl/yaml-file';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

const running: http.Server[] = [];
async function startServer(handler: Handler): Promise<{ base: string; requests: string[] }> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  running.push(server);
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}
afterEach(async () => {
  for (const server of running.splice(0)) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

const json = (res: http.ServerResponse, body: unknown) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

describe('the OParl client against a hostile server', () => {
  it('when an answer is sent chunked past the size cap, then reading stops at the cap, without a Content-Length', async () => {
    let sent = 0;
    const s = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }); // no Content-Length: chunked
      const chunk = Buffer.alloc(64 * 1024, 32);
      const write = () => {
        while (sent < 300 * 1024 * 1024 && res.write(chunk)) sent += chunk.length;
        if (sent < 300 * 1024 * 1024) res.once('drain', write);
        else res.end();
      };
      res.on('close', () => res.removeAllListeners('drain'));
      write();
    });
    const client = new OparlClient({ maxBytes: 1024 * 1024, retries: 0 });
    await expect(client.getJson(`${s.base}/big`)).rejects.toThrow('larger than 1048576 bytes');
    expect(sent).toBeLessThan(100 * 1024 * 1024);
  });

  it('when a redirect leads to another origin, then it is not followed', async () => {
    const other = await startServer((_req, res) => json(res, { data: ['from elsewhere'] }));
    const s = await startServer((_req, res) => {
      res.writeHead(302, { location: `${other.base}/papers` });
      res.end();
    });
    const client = new OparlClient({ origin: s.base, retries: 0 });
    await expect(client.getJson(`${s.base}/papers`)).rejects.toThrow("leaves the system's origin");
    expect(other.requests).toEqual([]);
  });

  it('when a redirect stays on the origin, then it is followed', async () => {
    const s = await startServer((req, res) => {
      if (req.url === '/old') {
        res.writeHead(301, { location: '/new' });
        res.end();
      } else json(res, { ok: true });
    });
    await expect(new OparlClient({ origin: s.base }).getJson(`${s.base}/old`)).resolves.toEqual({ ok: true });
  });

  it.each(['data:application/json,{"data":[]}', 'file:///etc/passwd', 'http://elsewhere.invalid/x'])(
    'when asked for %s, then it fails at once without a request or a retry',
    async (url) => {
      const client = new OparlClient({ origin: 'http://127.0.0.1:1', retries: 3, backoffMs: 10_000 });
      await expect(client.get(url)).rejects.toBeInstanceOf(FetchError);
      expect([client.requests, client.retries]).toEqual([0, 0]);
    },
  );

  it('when an answer nests 200,000 levels deep, then it is refused as a fetch error, not a crash', async () => {
    const s = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`${'{"a":'.repeat(200_000)}1${'}'.repeat(200_000)}`);
    });
    await expect(new OparlClient({ retries: 0 }).getJson(`${s.base}/deep`)).rejects.toThrow('nests deeper than');
  });
});

describe('walking a hostile list', () => {
  const saved: Checkpoint[] = [];
  const store = { saveCheckpoint: (c: Checkpoint) => saved.push(structuredClone(c)) } as unknown as StateStore;
  const walk = async (base: string, checkpoint: Checkpoint, first = `${base}/list`) => {
    const report = new ImportReport();
    const items: unknown[] = [];
    const client = new OparlClient({ origin: base, retries: 0 });
    const end = await walkList(
      { client, store, checkpoint, report, log: () => undefined },
      'paper',
      first,
      undefined,
      async (page): Promise<PageOutcome> => {
        items.push(...page);
        return { consumed: page.length, stop: false };
      },
    );
    return { end, items, report, client };
  };
  const fresh = (): Checkpoint => ({ lists: {} }) as Checkpoint;

  it('when links.next leads back to a page already read, then the walk ends after each page once', async () => {
    const s = await startServer((req, res) => {
      const page = req.url?.includes('page=2') ? 2 : 1;
      json(res, { data: [{ id: `p${page}` }], links: { next: `${s.base}/list?page=${page === 1 ? 2 : 1}` } });
    });
    const result = await walk(s.base, fresh(), `${s.base}/list?page=1`);
    expect(result.end).toBe('complete');
    expect(result.items).toEqual([{ id: 'p1' }, { id: 'p2' }]);
    expect(s.requests).toHaveLength(2);
    expect(result.report.problems.map((p) => p.message)).toEqual([expect.stringContaining('already read')]);
  });

  it('when links.next is a page of its own, then it is read once', async () => {
    const s = await startServer((_req, res) => json(res, { data: [{ id: 'p' }], links: { next: `${s.base}/list` } }));
    const result = await walk(s.base, fresh());
    expect([result.end, s.requests.length]).toEqual(['complete', 1]);
  });

  it.each(['data:application/json,{"data":[{"id":"planted"}]}', 'http://elsewhere.invalid/list'])(
    'when links.next is %s, then it is not followed and the list ends there',
    async (next) => {
      const s = await startServer((_req, res) => json(res, { data: [{ id: 'p' }], links: { next } }));
      const result = await walk(s.base, fresh());
      expect(result.items).toEqual([{ id: 'p' }]);
      expect(result.end).toBe('complete');
      expect(result.client.requests).toBe(1);
    },
  );

  it('when an object is modified in the future, then the next run does not ask for changes since then', async () => {
    const s = await startServer((_req, res) =>
      json(res, {
        data: [
          { id: 'a', modified: '2024-05-01T00:00:00Z' },
          { id: 'b', modified: '9999-12-31T00:00:00Z' },
        ],
      }),
    );
    const checkpoint = fresh();
    await walk(s.base, checkpoint);
    expect(checkpoint.lists.paper?.since).toBe('2024-05-01T00:00:00Z');
  });

  it('when the page to resume at is gone (404), then the walk starts the list again and completes', async () => {
    const s = await startServer((req, res) => {
      if (req.url?.startsWith('/gone')) {
        res.writeHead(404);
        res.end();
      } else json(res, { data: [{ id: 'p' }] });
    });
    const checkpoint = { lists: { paper: { resumeUrl: `${s.base}/gone?page=7` } } } as Checkpoint;
    const result = await walk(s.base, checkpoint);
    expect(result.end).toBe('complete');
    expect(result.items).toEqual([{ id: 'p' }]);
    expect(checkpoint.lists.paper?.resumeUrl).toBeUndefined();
    expect(result.report.problems.map((p) => p.message)).toEqual([expect.stringContaining('walked again')]);
  });
});

describe('rendering what a hostile server sent', () => {
  it('when a name holds NUL and other control characters, then the file header escapes them and the file is YAML', () => {
    const file = yamlFile([`A/1/2024 Antrag\u0000mit\u0007Steuer\u007fzeichen${'x'.repeat(10_000)}`], [], []);
    const header = file.split('\n')[0]!;
    expect(header).toContain('Antrag\\u0000mit\\u0007Steuer\\u007fzeichen');
    expect(header.length).toBeLessThan(400);
    expect(() => load(file, { schema: CORE_SCHEMA })).not.toThrow();
    expect([...file].some((c) => c.charCodeAt(0) < 9 || c.charCodeAt(0) === 0x7f)).toBe(false);
  });

  it('when an Organization is its own parent, then it is not written as part of itself', () => {
    const url = 'http://oparl.example/org/1';
    const noted: string[] = [];
    const org = {
      id: url,
      type: 'https://schema.oparl.org/1.1/Organization',
      name: 'Amt für Digitales',
      organizationType: 'Verwaltungsbereich',
      subOrganizationOf: url,
    };
    const nodes = organizationNodes(
      {
        city: { id: 'fx-stadt', name: 'Stadt' },
        system: {} as never,
        body: {} as never,
        organizations: new Map([[url, org as never]]),
        dataset: new DatasetIndex([]),
      },
      new Set([url]),
      new Set(),
      (_url, message) => noted.push(message),
    );
    const node = nodes.get(url)!;
    expect(node.partOf).not.toBe(node.id);
    expect(noted).toEqual([expect.stringContaining('names itself')]);
  });
});
