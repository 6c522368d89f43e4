import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';

/** Launches Debian's Chromium headless, with its own calls home (updates, sync, QUIC) switched off. */
export function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing. The browser tests drive Debian's Chromium; install it with: apt-get install -y chromium`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A fresh browser profile that reaches only this machine (Neo4j Browser calls out to fonts, analytics and Sentry):
 * every request to another host is aborted and handed to `onBlocked`, so a test can also assert that nothing tried.
 */
export async function localContext(
  browser: Browser,
  onBlocked: (url: string) => void = () => undefined,
): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 1000 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  await context.route('**/*', (route) => {
    const { hostname } = new URL(route.request().url());
    if (hostname === '127.0.0.1' || hostname === 'localhost') return route.continue();
    onBlocked(route.request().url());
    return route.abort();
  });
  context.setDefaultTimeout(45_000);
  return context;
}
