import type { scoringVi } from './scoring.vi';

export const scoringEn: Record<keyof typeof scoringVi, string> = {
  'scoring.placeholder': 'Under construction',
};
