/** Reading an existing plan's text into a draft for review (issue 7). */
export { parsePlanText, type ParseOptions } from './parse-plan-text';
