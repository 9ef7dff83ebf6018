import { App, Button, Input, Space } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../forms/errors';
import { useT } from '../i18n/I18nProvider';
import { useAnswerReview } from './queries';

/** The body's one answer (giải trình) to a score the review team changed: opened on demand, sent once. */
export function AnswerReview({ assessmentId, code }: { assessmentId: string; code: string }) {
  const t = useT();
  const { message } = App.useApp();
  const [text, setText] = useState<string | null>(null);
  const send = useAnswerReview(assessmentId);
  if (text === null) {
    return (
      <Button size="small" onClick={() => setText('')} aria-label={t('scoring.answerOf', { code })}>
        {t('scoring.writeAnswer')}
      </Button>
    );
  }
  return (
    <Space orientation="vertical" className="full-width">
      <Input.TextArea aria-label={t('scoring.answerTextOf', { code })} placeholder={t('scoring.answerPlaceholder')} autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} value={text} onChange={(e) => setText(e.target.value)} />
      <Space wrap>
        <Button
          type="primary"
          size="small"
          loading={send.isPending}
          disabled={!text.trim()}
          onClick={() =>
            send.mutate({ code, text: text.trim() }, { onSuccess: () => void message.success(t('scoring.answerSent')), onError: (error) => void message.error(errorMessage(error, t)) })
          }
        >
          {t('scoring.sendAnswer')}
        </Button>
        <Button size="small" onClick={() => setText(null)}>
          {t('common.cancel')}
        </Button>
      </Space>
    </Space>
  );
}
