import type { scoringSetsVi } from './scoring-sets.vi';

export const scoringSetsEn: Record<keyof typeof scoringSetsVi, string> = {
  'scoring-sets.placeholder': 'Under construction',
};
