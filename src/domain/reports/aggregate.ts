import type { CountRow } from '../media/counts';
import { sumFeedbackCounts, type FeedbackCounts } from '../feedback/counts';
import { addPostingCounts, type PostingCounts } from '../procedures/posting-kpi';
import { addShares, type Share } from '../surveys/satisfaction';
import type { IsoDate } from '../schedule/schedule';
import type { CitizenSection, CommunicationSection, ReportSections, ReportTexts } from './sections';
import { addCounts, emptyCounts, type AreaWork, type WorkCounts } from './work';

export type BodyRef = { id: string; code: string; name: string };

/**
 * What a tổng hợp reads of a body's sections: its numbers, never its lines of work (the bulk of a
 * report), so a parent can keep sixty of them at little cost.
 */
export type AggregatedSections = {
  work: { totals: WorkCounts; areas: Pick<AreaWork, 'area' | 'label' | 'counts'>[] };
  communication: CommunicationSection;
  procedures?: { counts: PostingCounts };
  citizens?: Pick<CitizenSection, 'feedback'> & { satisfaction: Pick<CitizenSection['satisfaction'], 'responses' | 'overall'> };
};

export function aggregatedPartOf(sections: ReportSections): AggregatedSections {
  const { work, communication, procedures, citizens } = sections;
  return {
    work: { totals: work.totals, areas: work.areas.map((a) => ({ area: a.area, label: a.label, counts: a.counts })) },
    communication,
    ...(procedures ? { procedures: { counts: procedures.counts } } : {}),
    ...(citizens ? { citizens: { feedback: citizens.feedback, satisfaction: { responses: citizens.satisfaction.responses, overall: citizens.satisfaction.overall } } } : {}),
  };
}

/** A child body's submitted report, as the parent reads it. */
export type SubmittedReport = { organization: BodyRef; reportId: string; submittedAt: string; submittedOn: IsoDate; dueOn: IsoDate; sections: AggregatedSections; texts: ReportTexts };

export type AggregateBody = {
  organization: BodyRef;
  reportId: string;
  submittedAt: string;
  onTime: boolean;
  totals: WorkCounts;
  areas: { area: string; counts: WorkCounts }[];
  communication: CommunicationSection['total'];
  /** Its procedures' posting, when its report counted them; absent in tổng hợp compiled before. */
  procedures?: PostingCounts | null;
  /** Its feedback and satisfaction, when its report counted them. */
  citizens?: AggregateCitizens | null;
  /** Each body's words, kept under its name: a tổng hợp never merges them. */
  texts: ReportTexts;
};

export type AggregateSection = {
  bodies: AggregateBody[];
  /** Bodies under the parent with no submitted report for the period when it was compiled. */
  missing: BodyRef[];
  totals: WorkCounts;
  areas: { area: string; label: string; counts: WorkCounts }[];
  communication: CommunicationSection;
  /** The bodies' posting counts added up; null when no report counted procedures; absent in tổng hợp compiled before. */
  procedures?: PostingCounts | null;
  /** The bodies' feedback and survey answers added up; null when no report counted them. */
  citizens?: AggregateCitizens | null;
};

export type AggregateCitizens = { feedback: FeedbackCounts; responses: number; satisfaction: Share };

/** Adds rows of the same key; rows keep the order in which their keys first appear. */
export function addCountRows(lists: readonly (readonly CountRow[])[]): CountRow[] {
  const rows = new Map<string, CountRow>();
  for (const list of lists) {
    for (const row of list) {
      const sum = rows.get(row.key);
      rows.set(row.key, sum ? { ...sum, published: sum.published + row.published, items: sum.items + row.items } : { ...row });
    }
  }
  return [...rows.values()];
}

/**
 * The tổng hợp (SPEC §2.10): the numbers of the bodies' submitted reports added up — work by reform
 * area, and published items by channel and kind (an item belongs to one body, so items add up too) —
 * and each body's texts kept whole under its name. A body's own section I is what is added: a body that
 * is itself a parent reports its own tổng hợp separately, so nothing is counted twice.
 */
export function aggregateReports(reports: readonly SubmittedReport[], children: readonly BodyRef[]): AggregateSection {
  const submitted = new Set(reports.map((r) => r.organization.id));
  const bodies = reports.map(
    (r): AggregateBody => ({
      organization: r.organization,
      reportId: r.reportId,
      submittedAt: r.submittedAt,
      onTime: r.submittedOn <= r.dueOn,
      totals: r.sections.work.totals,
      areas: r.sections.work.areas.map((a) => ({ area: a.area, counts: a.counts })),
      communication: r.sections.communication.total,
      procedures: r.sections.procedures?.counts ?? null,
      citizens: r.sections.citizens ? { feedback: r.sections.citizens.feedback, responses: r.sections.citizens.satisfaction.responses, satisfaction: r.sections.citizens.satisfaction.overall } : null,
      texts: r.texts,
    }),
  );
  const areas = new Map<string, { area: string; label: string; counts: WorkCounts }>();
  for (const r of reports) {
    for (const a of r.sections.work.areas) {
      const sum = areas.get(a.area);
      areas.set(a.area, { area: a.area, label: a.label, counts: addCounts(sum?.counts ?? emptyCounts(), a.counts) });
    }
  }
  const communications = reports.map((r) => r.sections.communication);
  const counted = bodies.map((b) => b.procedures).filter((c): c is PostingCounts => !!c);
  const heard = bodies.map((b) => b.citizens).filter((c): c is AggregateCitizens => !!c);
  return {
    bodies,
    missing: children.filter((c) => !submitted.has(c.id)),
    totals: bodies.reduce((sum, b) => addCounts(sum, b.totals), emptyCounts()),
    areas: [...areas.values()],
    communication: {
      byChannel: addCountRows(communications.map((c) => c.byChannel)),
      byKind: addCountRows(communications.map((c) => c.byKind)),
      total: communications.reduce((sum, c) => ({ published: sum.published + c.total.published, items: sum.items + c.total.items }), { published: 0, items: 0 }),
    },
    procedures: counted.length === 0 ? null : addPostingCounts(counted),
    citizens:
      heard.length === 0
        ? null
        : { feedback: sumFeedbackCounts(heard.map((c) => c.feedback)), responses: heard.reduce((n, c) => n + c.responses, 0), satisfaction: addShares(heard.map((c) => c.satisfaction)) },
  };
}
