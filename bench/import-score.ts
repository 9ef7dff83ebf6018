/**
 * How well the plan importer reads real plans (issue 15): every text of ../shared/corpus/real-plans and every
 * seed, parsed and scored field by field with the README's rules there. Prints figures; asserts nothing
 * (tests/import/import-score.test.ts guards the seeds). Run: npm run import-score
 */
import { formatScoreTable } from '../tests/support/import-score';
import { scoreCorpus, scoreInputsAbsentLine, scoreInputsAvailable, scoreSeeds } from '../tests/support/real-plans';

if (!scoreInputsAvailable) {
  console.log(scoreInputsAbsentLine);
} else {
  console.log(formatScoreTable([
    { name: 'corpus', scores: scoreCorpus() },
    { name: 'seeds', scores: scoreSeeds() },
  ]));
}
