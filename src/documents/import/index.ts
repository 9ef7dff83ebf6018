export { extractPlanText, type ExtractedText } from './extract-text';
export { ImportRefused, type ImportRefusal } from './import-refused';
