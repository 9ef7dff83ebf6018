import type { RoundBodyDto, RoundHeadDto } from '../api/types';

export type RoundTodo = 'selfAssess' | 'review' | 'publish';

/**
 * What the person must do in a round now: their body's self-assessment while it is still theirs to send,
 * the review while the team may still score, the publication once the department of health may publish.
 */
export function roundTodos(round: Pick<RoundHeadDto, 'phase' | 'can'>, ownRows: readonly Pick<RoundBodyDto, 'state' | 'reopened'>[], selfAssesses: boolean): RoundTodo[] {
  const todos: RoundTodo[] = [];
  const open = round.phase === 'self_assessment';
  if (selfAssesses && ownRows.some((row) => row.state === 'draft' && (open || row.reopened)) && round.phase !== 'published') todos.push('selfAssess');
  if (round.can.review && (round.phase === 'self_assessment' || round.phase === 'review')) todos.push('review');
  if (round.can.publish) todos.push('publish');
  return todos;
}
