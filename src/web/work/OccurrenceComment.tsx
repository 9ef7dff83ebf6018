import { Button, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../forms/errors';
import { useT } from '../i18n/I18nProvider';
import { useCommentOnOccurrence } from './queries';

/** Writes a comment into a period's history; the unit or its reviewer is told of it. */
export function OccurrenceComment({ occurrenceId }: { occurrenceId: string }) {
  const t = useT();
  const [text, setText] = useState('');
  const send = useCommentOnOccurrence(occurrenceId, () => setText(''));
  return (
    <Flex vertical gap={4} className="occurrence-comment">
      <Input.TextArea aria-label={t('work.commentLabel')} placeholder={t('work.commentPlaceholder')} value={text} onChange={(e) => setText(e.target.value)} autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
      <Flex justify="space-between" align="center" gap={8} wrap>
        {send.isError ? <Typography.Text type="danger">{errorMessage(send.error, t)}</Typography.Text> : <span />}
        <Button size="small" onClick={() => send.mutate(text.trim())} disabled={text.trim() === ''} loading={send.isPending}>
          {t('work.commentSend')}
        </Button>
      </Flex>
    </Flex>
  );
}
