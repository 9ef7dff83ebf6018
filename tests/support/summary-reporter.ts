import { readFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';
import { seedsAbsentLine, seedsAvailable } from './seeds.ts';

/** Ends the run with one plain line, "Tests: N passed, N failed, N skipped", that any CI can read. */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    let skippedForSeeds = 0;
    for (const module of testModules) {
      const readsSeeds = !seedsAvailable && readsSeedFolder(module.moduleId);
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else {
          skipped++;
          if (readsSeeds) skippedForSeeds++;
        }
      }
    }
    if (skippedForSeeds > 0) process.stdout.write(`\n${seedsAbsentLine(skippedForSeeds)}`);
    process.stdout.write(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}

/** A test file that reads ../shared/seeds does so through ./seeds.ts, and skips those tests when it is absent. */
function readsSeedFolder(file: string): boolean {
  try {
    return readFileSync(file, 'utf8').includes('support/seeds');
  } catch {
    return false;
  }
}
