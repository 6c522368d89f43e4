import http from 'node:http';
import type { AddressInfo } from 'node:net';

type Json = Record<string, unknown>;

export interface ServedFile {
  status?: number;
  contentType?: string;
  body?: Buffer | string;
}

/**
 * A small OParl 1.1 server on 127.0.0.1 for the importer's tests: one System and its Bodies, external lists paged
 * `pageSize` at a time with `links.next`, `modified_since` (which also lists deleted objects, as the spec says),
 * single objects by id, files, and answers that fail a given number of times.
 */
export class OparlTestServer {
  readonly requests: string[] = [];
  /** Object lists by path, e.g. "/oparl/body/0/papers". */
  readonly lists = new Map<string, Json[]>();
  readonly files = new Map<string, ServedFile>();
  /** Request paths with query → how many more times they answer 500. */
  readonly failures = new Map<string, number>();
  /** Single objects by path, besides those in the lists. */
  readonly objects = new Map<string, Json>();
  /** Answers of a hostile server by path, before anything else: they write whatever they like. */
  readonly handlers = new Map<string, (url: URL, response: http.ServerResponse) => void>();
  pageSize = 2;
  private server?: http.Server;
  base = '';

  async start(): Promise<string> {
    this.server = http.createServer((request, response) => this.answer(request, response));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.base;
  }

  stop(): Promise<void> {
    this.server?.closeAllConnections();
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The requests whose path (without query) is `path`. */
  requestsTo(path: string): string[] {
    return this.requests.filter((r) => r.split('?')[0] === path);
  }

  private answer(request: http.IncomingMessage, response: http.ServerResponse): void {
    const url = new URL(request.url ?? '/', this.base);
    const key = `${url.pathname}${url.search}`;
    this.requests.push(key);
    const handler = this.handlers.get(url.pathname);
    if (handler) return handler(url, response);
    const failing = this.failures.get(key) ?? 0;
    if (failing > 0) {
      this.failures.set(key, failing - 1);
      return this.json(response, 500, { type: 'https://schema.oparl.org/1.1/Error', message: 'Serverfehler' });
    }
    const file = this.files.get(url.pathname);
    if (file) {
      response.writeHead(file.status ?? 200, { 'content-type': file.contentType ?? 'application/octet-stream' });
      response.end(file.body ?? '');
      return;
    }
    const list = this.lists.get(url.pathname);
    if (list) return this.json(response, 200, this.page(url, list));
    const self = `${this.base}${url.pathname}`;
    const object = this.objects.get(url.pathname) ?? [...this.lists.values()].flat().find((o) => o.id === self);
    if (object) return this.json(response, 200, object);
    this.json(response, 404, { type: 'https://schema.oparl.org/1.1/Error', message: 'Nicht gefunden' });
  }

  private page(url: URL, all: Json[]): Json {
    const since = url.searchParams.get('modified_since');
    const chosen = all.filter((o) =>
      since ? Date.parse(String(o.modified)) >= Date.parse(since) : o.deleted !== true,
    );
    const page = Number(url.searchParams.get('page') ?? '1');
    const data = chosen.slice((page - 1) * this.pageSize, page * this.pageSize);
    const links: Json = {};
    if (page * this.pageSize < chosen.length) {
      const next = new URL(url.toString());
      next.searchParams.set('page', String(page + 1));
      links.next = next.toString();
    }
    return { data, pagination: { totalElements: chosen.length, currentPage: page }, links };
  }

  private json(response: http.ServerResponse, status: number, body: unknown): void {
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify(body));
  }
}

/** A one-page PDF whose text layer holds `lines` (Helvetica, WinAnsi), built byte by byte. */
export function tinyPdf(lines: string[]): Buffer {
  const escape = (s: string) => s.replace(/[\\()]/g, (m) => `\\${m}`);
  const content = `BT /F1 12 Tf 72 720 Td 14 TL ${lines.map((l) => `(${escape(l)}) Tj T*`).join(' ')} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
