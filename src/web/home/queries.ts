import { useQuery } from '@tanstack/react-query';
import type { HomeDto } from '../../shared/schemas/home';
import { api } from '../api/client';

/** The home page's figures; refreshed with the work lists, since every step changes them. */
export function useHome() {
  return useQuery({ queryKey: ['occurrences', 'home'], queryFn: () => api<HomeDto>('/api/home') });
}
