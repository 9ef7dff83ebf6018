import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { MatrixDto } from '../../shared/schemas/progress-matrix';
import { api } from '../api/client';

export type MatrixScope = MatrixDto['scope'];
export type MatrixFilters = { year: number; scope: MatrixScope; bodyId?: string };

export function useProgressMatrix(filters: MatrixFilters) {
  return useQuery({
    queryKey: ['occurrences', 'matrix', filters],
    queryFn: () => api<MatrixDto>('/api/progress/matrix', { query: { ...filters } }),
    placeholderData: keepPreviousData,
  });
}
