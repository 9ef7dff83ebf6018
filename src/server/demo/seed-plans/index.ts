import type { DemoPlan } from './demo-plan';
import { ILLUSTRATIVE_SYT_CCHC_2026, ILLUSTRATIVE_SYT_COMMUNICATION_2026 } from './illustrative-syt-lc-2026';
import { SEED_000_BVSN_COMMUNICATION_2025 } from './seed-000-bvsn-communication-2025';
import { SEED_001_BVSN_CCHC_2026 } from './seed-001-bvsn-cchc-2026';
import { SEED_002_TTYT_COMMUNICATION_2026 } from './seed-002-ttyt-communication-2026';

export type { DemoPlan, DemoRef, DemoSection, DemoTask } from './demo-plan';

/** The demo plans, parents before the plans that carry them out (a plan's `parentKey` names an earlier one). */
export const DEMO_PLANS: DemoPlan[] = [
  ILLUSTRATIVE_SYT_CCHC_2026,
  ILLUSTRATIVE_SYT_COMMUNICATION_2026,
  SEED_000_BVSN_COMMUNICATION_2025,
  SEED_001_BVSN_CCHC_2026,
  SEED_002_TTYT_COMMUNICATION_2026,
];
