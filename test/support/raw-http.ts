import net from 'node:net';

export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Whether the server closed the connection before everything was sent. */
  closedEarly: boolean;
}

export interface RawRequest {
  /** The start of the request, sent at once. */
  head: string;
  /** Sent one piece at a time, each after the server has had `pauseMs` to answer or close; stops when it does. */
  trickle?: { pieces: string[]; pauseMs: number };
}

function parse(text: string, closedEarly: boolean): RawAnswer {
  const [head = '', ...rest] = text.split('\r\n\r\n');
  const [statusLine = '', ...headerLines] = head.split('\r\n');
  const headers = Object.fromEntries(
    headerLines.map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()];
    }),
  );
  return { status: Number(statusLine.split(' ')[1] ?? 0), headers, body: rest.join('\r\n\r\n'), closedEarly };
}

/**
 * Sends bytes exactly as given, which fetch would not (a path such as `//[`, a trickling client), and reads the
 * answer until the server closes the connection.
 */
export function rawHttp(url: string, request: RawRequest): Promise<RawAnswer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname);
    let received = '';
    let closed = false;
    let pending = [...(request.trickle?.pieces ?? [])];
    socket.on('data', (chunk) => (received += chunk.toString()));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') reject(error);
    });
    socket.on('close', () => {
      closed = true;
      resolve(parse(received, pending.length > 0));
    });
    socket.write(request.head);
    const next = () => {
      if (closed) return;
      const piece = pending.shift();
      if (piece === undefined) {
        socket.end();
        return;
      }
      socket.write(piece);
      setTimeout(next, request.trickle!.pauseMs);
    };
    if (request.trickle) setTimeout(next, request.trickle.pauseMs);
    else pending = [];
  });
}
