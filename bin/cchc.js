#!/usr/bin/env node
// `npx cchc …`: runs the TypeScript command line through tsx's loader, so no build step is needed.
import { register } from 'tsx/esm/api';
register();
await import('../src/cli.ts');
