/** CCHC scoring (issue 16): criteria sets, scoring guides read as rules, a body's result, the ranking. No I/O. */
export { criteriaProblems, formatPoints, leaves, sumPoints, totalMaxPoints, type CriteriaProblem, type CriteriaSet, type Criterion, type ScoreBand } from './criteria';
export { proposeScore, readGuideRule, type GuideRule, type RuleStep, type SystemFigure } from './guide-rule';
export { criteriaFromRows } from './criteria-rows';
export { bodyResult, classOf, rankBodies, scoreProblem, type AreaResult, type BodyResult, type Scores } from './results';
export { answerRefusal, finalPoints, PHASE_LABELS, publishRefusal, reopenRefusal, reviewRefusal, roundDatesProblem, roundPhase, selfAssessmentRefusal, withdrawRefusal, type AssessmentState, type RoundDates, type RoundPhase } from './round';
export { areaColumnTitle, NONE, noticeSymbol, resultsSummary, totalColumnTitle } from './ranking-text';
