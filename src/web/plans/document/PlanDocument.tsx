import { useMemo } from 'react';
import type { AssigneeRef } from '../../api/types';
import { useOrganizations } from '../../organizations/queries';
import { documentBlocks, type DocBlock } from '../../../shared/plan-document/blocks';
import { DocumentAppendix } from './DocumentAppendix';
import { DocumentHeading } from './DocumentHeading';
import { DocumentSignature } from './DocumentSignature';
import { DOCUMENT_WORDS as W } from '../../../shared/plan-document/document-words';
import type { PlanDocumentModel } from './model';
import './plan-document.css';

type Props = { model: PlanDocumentModel; nameOf: (ref: AssigneeRef) => string; withAppendix: boolean };

function Paragraph({ block }: { block: DocBlock }) {
  const className = ['doc-p', `doc-style-${block.style}`, block.level && `doc-level-${block.level}`].filter(Boolean).join(' ');
  return (
    <p className={className}>
      {block.lead && <span className="doc-lead">{block.lead}</span>}
      {block.lead && block.text ? ' ' : ''}
      {block.text}
    </p>
  );
}

/** The plan as the signed paper reads (Decree 30/2020/NĐ-CP): an A4 sheet in a Times-like serif, centred. */
export function PlanDocument({ model, nameOf, withAppendix }: Props) {
  const orgs = useOrganizations();
  const superiorName = orgs.byId.get(model.bodyId)?.superiorName ?? model.superiorName;
  const blocks = useMemo(() => documentBlocks(model.content), [model.content]);
  return (
    <div className="plan-doc">
      <article className="doc-sheet">
        <DocumentHeading model={model} superiorName={superiorName} />
        <h2 className="doc-kind">{W.kind}</h2>
        <p className="doc-summary">{model.title}</p>
        <div className="doc-rule doc-rule-title" />
        {blocks.map((block) => (
          <Paragraph key={block.key} block={block} />
        ))}
        <DocumentSignature model={model} />
      </article>
      {withAppendix && model.tasks.length > 0 && <DocumentAppendix model={model} nameOf={nameOf} />}
    </div>
  );
}
