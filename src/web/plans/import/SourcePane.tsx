import { Button, Card, Typography } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import type { PlanDraft } from '../../../shared/schemas/plan-import';
import { useT } from '../../i18n/I18nProvider';

type Props = { text: string; problems: PlanDraft['problems']; active: number | null; onPick: (line: number) => void };

/** The text the importer read, line by line, with the lines it did not understand marked and reachable from the list above. */
export function SourcePane({ text, problems, active, onPick }: Props) {
  const t = useT();
  const lines = useMemo(() => text.split(/\r?\n/), [text]);
  const flagged = useMemo(() => new Set(problems.flatMap((p) => (p.line ? [p.line] : []))), [problems]);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (active) box.current?.querySelector(`[data-line="${active}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [active]);

  return (
    <Card size="small" title={t('planImport.source')} className="plan-import-pane">
      <div className="plan-import-problems">
        {problems.length === 0 ? (
          <Typography.Text type="secondary">{t('planImport.noProblems')}</Typography.Text>
        ) : (
          <>
            <Typography.Text strong>{t('planImport.problems', { count: problems.length })}</Typography.Text>
            <ul>
              {problems.map((p, i) => (
                <li key={i}>
                  {p.line ? (
                    <Button type="link" size="small" onClick={() => onPick(p.line!)}>
                      {t('planImport.problemLine', { line: p.line })}
                    </Button>
                  ) : null}{' '}
                  {p.message}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <div className="plan-import-source" ref={box} data-testid="import-source">
        {lines.map((line, i) => (
          <div key={i} data-line={i + 1} className={`plan-import-line${flagged.has(i + 1) ? ' flagged' : ''}${active === i + 1 ? ' active' : ''}`}>
            <span className="plan-import-line-no">{i + 1}</span>
            <span>{line || '\u00a0'}</span>
          </div>
        ))}
      </div>
    </Card>
  );
}
