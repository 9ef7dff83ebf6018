import type { CountRow, MediaCounts } from '../media/counts';
import type { FeedbackCounts } from '../feedback/counts';
import type { PostingCounts } from '../procedures/posting-kpi';
import type { Share } from '../surveys/satisfaction';
import type { SipasAspect } from '../../shared/survey-vocabulary';
import type { IsoDate } from '../schedule/schedule';
import type { ReportTextKey } from '../../shared/report-vocabulary';
import type { AggregateSection } from './aggregate';
import type { WorkSection } from './work';

/** Section II: published items of the period by channel and by kind (domain/media/counts.ts counts them). */
export type CommunicationSection = { byChannel: CountRow[]; byKind: CountRow[]; total: MediaCounts['total'] };

/** Section III: the year's index results as entered, rank written "06/63". */
export type IndexLine = { kind: string; scope: string; label: string; value: string | null; rankText: string | null; targetValue: string | null; targetRank: number | null; source: string | null };

/**
 * Section III: the body's procedures in force on the report's day, posted as they stand or not (SPEC
 * §2.10 "TTHC posted and stale"), with those still to post named so the report says what to do.
 */
export type ProcedureSection = { asOf: IsoDate; counts: PostingCounts; toPost: { code: string; name: string; standing: 'stale' | 'not_posted' }[] };

/**
 * Section IV: what citizens said in the period (SPEC §2.8, §2.10) — feedback received in the period as it
 * stood on the report's day, and the satisfaction rate of the survey answers given in the period.
 */
export type CitizenSection = {
  asOf: IsoDate;
  feedback: FeedbackCounts;
  satisfaction: { responses: number; overall: Share; aspects: (Share & { aspect: SipasAspect })[] };
};

/** What a report compiles from the data; frozen in the report once it is approved. */
export type ReportSections = {
  work: WorkSection;
  communication: CommunicationSection;
  indices: IndexLine[];
  /** Absent in reports compiled before procedures were kept. */
  procedures?: ProcedureSection;
  /** Absent in reports compiled before feedback and surveys were kept. */
  citizens?: CitizenSection;
  /** The tổng hợp of a body's bodies' submitted reports; null for a body with none under it. */
  aggregate: AggregateSection | null;
};

/** The coordinator's free texts; null where nothing is written yet. */
export type ReportTexts = Record<ReportTextKey, string | null>;

export const emptyTexts = (): ReportTexts => ({ results: null, difficulties: null, proposals: null, nextSteps: null });
