export { CHANGES_CONTENT, eventsInOrder, postingStanding, statusOn, type StatusEvent } from './standing';
export { POSTING_TARGET_PERCENT, addPostingCounts, postingCounts, type PostingCounts } from './posting-kpi';
export { FORM_FILES, POSTING_PROOF_FILES } from './procedure-files';
