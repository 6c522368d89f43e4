import type { ServerResponse } from 'node:http';
import { sendText } from '../http/send';
import { renderGrassStyle } from './grass-style';
import { renderGuide } from './guide';

/** Where Neo4j Browser's post-connect command (src/local-neo4j/instances.ts) loads the style sheet and the guide. */
export const STYLE_PATH = '/browser/style.grass';
export const GUIDE_PATH = '/browser/guide.html';

/** GET routes for Neo4j Browser: the GRASS style sheet and the guide, rendered once from the model. */
export function browserRoutes(): Map<string, (res: ServerResponse) => void> {
  const style = renderGrassStyle();
  const guide = renderGuide();
  return new Map([
    [STYLE_PATH, (res: ServerResponse) => sendText(res, 200, 'text/plain; charset=utf-8', style)],
    [GUIDE_PATH, (res: ServerResponse) => sendText(res, 200, 'text/html; charset=utf-8', guide)],
  ]);
}
