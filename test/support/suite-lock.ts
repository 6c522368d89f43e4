import { createHash } from 'node:crypto';
import net from 'node:net';

/** How often a suite waiting for the lock tries again: short against a suite's seconds, and cheap. */
const POLL_MS = 100;

function listen(name: string): Promise<net.Server | null> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EADDRINUSE' ? resolve(null) : reject(error),
    );
    server.listen(name, () => resolve(server));
  });
}

/**
 * Takes the lock named `key` for this process, waiting while another process holds it. The lock is a socket in
 * Linux's abstract namespace: taking it is atomic, and the kernel releases it when its process ends, so a crashed
 * worker or an interrupted run leaves nothing to clean up. Returns the function that releases it.
 */
export async function acquireLock(key: string): Promise<() => Promise<void>> {
  const name = `\0kommunen-graph-${createHash('sha256').update(key).digest('hex').slice(0, 32)}`;
  for (;;) {
    const server = await listen(name);
    if (server) {
      server.unref();
      return () => new Promise((resolve) => server.close(() => resolve()));
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
