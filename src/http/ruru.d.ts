// ruru's own declarations need package.json "exports", which the project's classic Node module resolution ignores:
// this declares the part of ruru/server that the project uses.
declare module 'ruru/server' {
  export interface RuruServerConfig {
    /** URL path of the folder that serves ruru's static/ files, ending in a slash. */
    staticPath: string;
    endpoint: string;
    clientConfig?: { defaultQuery?: string; debugTools?: ('explain' | 'plan')[] };
    htmlParts?: { titleTag?: string };
  }
  /** The HTML page that loads GraphiQL from staticPath and points it at endpoint. */
  export function ruruHTML(config: RuruServerConfig): string;
}
