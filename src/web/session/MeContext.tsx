import { createContext, useContext } from 'react';
import type { MeDto } from '../api/types';

/** The signed-in person, available to every page behind RequireSignIn. */
export const MeContext = createContext<MeDto | null>(null);

export function useMe(): MeDto {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe must be used behind RequireSignIn');
  return me;
}
