/** Before any journey: say plainly what is missing instead of failing inside a test. */
import { existsSync } from 'node:fs';
import { chromiumPath, serverEntry, webIndex } from './harness';

export default function checkPrerequisites(): void {
  const missing: string[] = [];
  if (!existsSync(serverEntry) || !existsSync(webIndex)) {
    missing.push(
      'The server or web app is not built. Build both with\n' +
        '    pnpm exec turbo run build --filter=@opale/web --filter=@opale/server',
    );
  }
  if (!existsSync(chromiumPath)) {
    missing.push(
      `No Chromium at ${chromiumPath}. Install it with\n    apt-get install -y chromium\n` +
        '  (pnpm test does it for you when run as root), or set CHROMIUM_PATH.',
    );
  }
  if (missing.length > 0) {
    throw new Error(`The browser tests cannot run:\n  - ${missing.join('\n  - ')}`);
  }
}
