import { resolve } from 'node:path';
import { buildApp } from '../../src/server/app';
import { DEMO_PASSWORD, openTestStore, type Dialect } from './test-app';

/** The real server listening on a loopback port with the demo loaded and the built SPA: for the browser tests. */
export async function startTestServer(options: { dialect?: Dialect; demoHistory?: boolean } = {}): Promise<{ url: string; close(): Promise<void>; demoPassword: string }> {
  const { store, config, dispose } = await openTestStore(options.dialect ?? 'sqlite', { demoHistory: options.demoHistory });
  const app = await buildApp({ store, config, logger: false, webRoot: resolve('dist/web') });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: address,
    demoPassword: DEMO_PASSWORD,
    close: async () => {
      await app.close();
      await dispose();
    },
  };
}
