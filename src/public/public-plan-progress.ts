import type { PostingCounts } from '../domain/procedures/posting-kpi';
import type { WorkCounts } from '../domain/reports/work';

/**
 * A body's CCHC year as anyone may read it without signing in: its issued plans with their work by
 * reform area, the news it published and the procedures it keeps posted. Counts only: no staff, no
 * task notes, no units' names.
 */
export type PublicPlanProgress = {
  year: number;
  /** yyyy-mm-dd the counts are taken on: today, or 31 December of a past year. */
  asOf: string;
  years: number[];
  plans: {
    reference: string;
    issuedOn: string | null;
    title: string;
    totals: WorkCounts;
    areas: { label: string; counts: WorkCounts }[];
  }[];
  itemsPublished: number;
  procedures: PostingCounts;
};
