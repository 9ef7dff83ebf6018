import { useSearchParams } from 'react-router-dom';
import { PROCEDURE_SCOPES, PROCEDURE_STATUSES, type ProcedureScope, type ProcedureStatus } from '../../shared/procedure-vocabulary';
import { POSTING_STANDINGS, type PostingStanding } from '../../shared/schemas/procedures';
import type { ProcedureFilters } from './queries';

/** The registry's filters live in the address, so the way back from a procedure finds the list as it was, and a link can name a body. */
const PARAMS = { q: 'q', field: 'linhVuc', status: 'trangThai', scope: 'loai', standing: 'niemYet', on: 'ngay', organizationId: 'donVi' } as const satisfies Record<keyof ProcedureFilters, string>;

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | undefined => (list as readonly string[]).includes(value ?? '') ? (value as T) : undefined;

export function useRegistryFilters(): [ProcedureFilters, (change: Partial<ProcedureFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const text = (key: keyof ProcedureFilters) => params.get(PARAMS[key]) || undefined;
  const filters: ProcedureFilters = {
    q: text('q'),
    field: text('field'),
    status: oneOf<ProcedureStatus>(PROCEDURE_STATUSES, params.get(PARAMS.status)),
    scope: oneOf<ProcedureScope>(PROCEDURE_SCOPES, params.get(PARAMS.scope)),
    standing: oneOf<PostingStanding>(POSTING_STANDINGS, params.get(PARAMS.standing)),
    on: text('on'),
    organizationId: text('organizationId'),
  };
  const change = (next: Partial<ProcedureFilters>) => {
    const updated = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next) as [keyof ProcedureFilters, string | undefined][]) {
      if (value) updated.set(PARAMS[key], value);
      else updated.delete(PARAMS[key]);
    }
    setParams(updated, { replace: true });
  };
  return [filters, change];
}

/** Whether the list is narrowed by anything the person chose (the body and the day are not narrowing). */
export const isFiltered = (f: ProcedureFilters) => Boolean(f.q || f.field || f.status || f.scope || f.standing);
