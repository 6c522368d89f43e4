/**
 * A client of its own process that sends one cheap query every `intervalMs` to the GraphQL API at `url` (argv[2])
 * and writes one JSON line per answer to stdout: when it was sent, how long it took, and its error code if any. It
 * runs beside a test that attacks the same server, so that its figures do not wait on the attacking process's own
 * event loop. It stops when stdin closes.
 */
const [, , url = '', query = '{ node(id: "koblenz") { name } }', interval = '250'] = process.argv;
const intervalMs = Number(interval);

export interface ProbeLine {
  sentAt: number;
  ms: number;
  /** The error code of the answer, or of the failed request; null for a correct answer. */
  error: string | null;
}

async function probe(): Promise<void> {
  const sentAt = Date.now();
  let error: string | null = null;
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    if (body.errors?.length) error = body.errors[0]?.extensions?.code ?? 'UNCODED';
    else if (!body.data) error = 'NO_DATA';
  } catch (failure) {
    error = `FAILED: ${String(failure).slice(0, 100)}`;
  }
  const line: ProbeLine = { sentAt, ms: Date.now() - sentAt, error };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

const timer = setInterval(() => void probe(), intervalMs);
process.stdin.on('end', () => clearInterval(timer));
process.stdin.resume();
