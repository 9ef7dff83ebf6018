import type { MeDto } from '../api/types';

/**
 * Opens and publishes scoring rounds: a department of health's coordinator or director. `manageScoring` is the
 * role alone (a hospital's coordinator holds it too), and only a department of health has bodies to score.
 */
export const managesRounds = (me: MeDto) => me.can.manageScoring && me.organization.kind === 'department_of_health';
