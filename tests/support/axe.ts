import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/**
 * axe-core's own bundle, run in the page so the checks see the real DOM. Evaluated through the DevTools
 * protocol rather than added as a script tag: the app's Content-Security-Policy rightly refuses inline scripts.
 */
const AXE_SOURCE: string = createRequire(import.meta.url)('axe-core').source;

export type AxeViolation = { id: string; impact: string | null; help: string; targets: string[] };

/** The impacts we refuse: a person using a screen reader or the keyboard cannot get past these. */
const BLOCKING = new Set(['serious', 'critical']);

/** Runs axe-core's default rules (WCAG 2.x A and AA and best practices) on the page as it is now. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.map(String).join(' ')) }));
  });
  return violations.filter((v) => v.impact !== null && BLOCKING.has(v.impact));
}

/** One line a violation and an indented line a node, for a failure message a person can act on. */
export function describeViolations(where: string, violations: AxeViolation[]): string {
  return [
    `${where}: ${violations.length} serious or critical accessibility violation(s)`,
    ...violations.flatMap((v) => [`- ${v.id} (${v.impact}): ${v.help}`, ...v.targets.slice(0, 8).map((t) => `    ${t}`)]),
  ].join('\n');
}
