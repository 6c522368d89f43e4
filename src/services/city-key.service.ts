import type { Executor } from '../db/executor';
import { badInput } from '../errors/app-error';

const AGS = /^\d{8}$/;

/** The id of the municipality with this Amtlicher Gemeindeschlüssel, or null when there is none. */
export async function cityIdByAgs(executor: Executor, ags: string): Promise<string | null> {
  if (!AGS.test(ags))
    throw badInput('"ags" must be the 8 digits of an Amtlicher Gemeindeschlüssel', { argument: 'ags' });
  const [row] = await executor.read<{ id: string }>({
    name: 'city-by-ags',
    cypher: 'MATCH (c:City {ags: $ags}) RETURN c.id AS id LIMIT 1',
    params: { ags },
  });
  return row?.id ?? null;
}
