export { CITATION_KINDS, CITATION_KIND_LABELS_VI, type Citation, type CitationKind } from './citation';
export { kindFromSymbol } from './kind-vocabulary';
export { recognizeCitations } from './recognize';
export { citationKey, uniqueCitations } from './unique-citations';
