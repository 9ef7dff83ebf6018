import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ReportPeriod } from '../../shared/report-vocabulary';
import type { childReportListSchema, CreateReportInput, ReportDto, reportListSchema, ReportTextsInput } from '../../shared/schemas/reports';
import { api } from '../api/client';

export type ReportList = z.infer<typeof reportListSchema>;
export type ChildReportList = z.infer<typeof childReportListSchema>;
const KEY = ['reports'] as const;

export function useReports(year: number) {
  return useQuery({ queryKey: [...KEY, 'own', year], queryFn: () => api<ReportList>('/api/reports', { query: { year } }), placeholderData: keepPreviousData });
}

export function useChildReports(year: number, period: ReportPeriod) {
  return useQuery({
    queryKey: [...KEY, 'children', year, period],
    queryFn: () => api<ChildReportList>('/api/reports', { query: { year, period, scope: 'children' } }),
    placeholderData: keepPreviousData,
  });
}

export function useReport(id: string) {
  return useQuery({ queryKey: [...KEY, 'detail', id], queryFn: () => api<ReportDto>(`/api/reports/${id}`) });
}

/** After any write every report query is read again: a list shows the new state at once. */
function useReportWrite<Input>(send: (input: Input) => Promise<ReportDto>, onDone?: (report: ReportDto) => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async (report) => {
      await client.invalidateQueries({ queryKey: KEY });
      onDone?.(report);
    },
  });
}

export function useCompileReport<Values>(toBody: (values: Values) => CreateReportInput, onDone?: (report: ReportDto) => void) {
  return useReportWrite((values: Values) => api<ReportDto>('/api/reports', { method: 'POST', body: toBody(values) }), onDone);
}

export function useSaveReportTexts(id: string, onDone?: (report: ReportDto) => void) {
  return useReportWrite((texts: ReportTextsInput) => api<ReportDto>(`/api/reports/${id}`, { method: 'PATCH', body: texts }), onDone);
}

export function useTransitionReport<Values>(id: string, toBody: (values: Values) => { to: 'approved' | 'submitted' | 'returned'; comment?: string }, onDone?: (report: ReportDto) => void) {
  return useReportWrite((values: Values) => api<ReportDto>(`/api/reports/${id}/transition`, { method: 'POST', body: toBody(values) }), onDone);
}
