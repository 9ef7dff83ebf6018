import type { OutputKind, PlanKind, PlanState, ReformArea } from '../../../shared/plan-vocabulary';
import type { PlanContent, Section, SectionRole, Target } from '../../../shared/schemas/plans';

/**
 * A demo plan as data, written from a seed document. Assignees are named by code so the data reads
 * like the document; the demo loader turns them into ids of the demo tree:
 * - `{ unit: 'TCHC-TCKT' }` a department of the plan's body, by its code;
 * - `{ body: 'BVSN' }` a body, by its code;
 * - `{ group: 'all_units' }` every department of the plan's body ("Các khoa, phòng trực thuộc");
 *   `{ group: 'all_bodies' }` every body under the plan's department of health ("Các đơn vị trong ngành");
 * - `{ external: 'Sở Thông tin và Truyền thông' }` a body outside the tree, added to the registry.
 */
export type DemoRef = { unit: string } | { body: string } | { group: 'all_units' | 'all_bodies' } | { external: string };

export type DemoSection = Omit<Section, 'assignee' | 'children' | 'role' | 'reformArea'> & {
  role?: SectionRole | null;
  reformArea?: ReformArea | null;
  assignee?: DemoRef | null;
  children?: DemoSection[];
};

export type DemoTask = {
  number: string;
  title: string;
  reformArea: ReformArea;
  lead: DemoRef | null;
  coordinators: DemoRef[];
  /** Exactly as the document writes it; empty when the document gives none. */
  deadlineText: string;
  outputText: string | null;
  outputKind: OutputKind | null;
  note: string | null;
};

export type DemoPlan = {
  /** The seed file it is written from, or null for the illustrative department-of-health plans. */
  seed: string | null;
  /** Code of the issuing body in the demo tree. */
  body: string;
  /** The demo plan it carries out ("Thực hiện Kế hoạch số …"), by its key. */
  parentKey: string | null;
  key: string;
  kind: PlanKind;
  year: number;
  /** Null when the document leaves the number blank for the clerk ("Số:      /KH-BVSN"). */
  number: number | null;
  symbol: string;
  placeName: string;
  /** ISO date, null when left blank. */
  issuedOn: string | null;
  state: PlanState;
  title: string;
  signingAuthority: string;
  signerTitle: string | null;
  signerName: string;
  content: Omit<PlanContent, 'sections' | 'targets'> & { sections: DemoSection[]; targets: Target[] };
  tasks: DemoTask[];
};
