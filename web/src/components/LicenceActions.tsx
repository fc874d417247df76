import { Card, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { client, unwrap } from '../api/typed';
import { useAction } from '../hooks/useAction';
import { defineMessages, useT } from '../i18n';
import { ConfirmButton } from './ConfirmButton';

const m = defineMessages({
  'la.title': ['证照处置（发证部门）', 'Licence actions (issuing department)'],
  'la.reason': ['撤销理由（告知持证人，记入审计日志）', 'Reason (told to the holder, kept in the audit log)'],
  'la.revoke': ['撤销证照', 'Revoke the licence'],
  'la.confirmRevoke': ['确认撤销该证照？', 'Revoke this licence?'],
  'la.confirmRevokeHint': ['撤销后证照立即失效，公开核验显示“已撤销”；由本部门出具撤销决定书并通知持证人，不能恢复。', 'The licence stops being valid at once and the public check says revoked; the department issues a written revocation and the holder is told. This cannot be undone.'],
  'la.revoked': ['证照已撤销', 'Revoked'],
  'la.reasonShort': ['请写明撤销理由（至少 2 个字）', 'State the reason (at least 2 characters)'],
});

/** 撤销: the issuing department revokes a licence it issued, with the reason, after confirming. */
export function LicenceActions({ licenceId, onChanged }: { licenceId: string; onChanged: () => void }) {
  const t = useT(m);
  const { busy, run } = useAction(onChanged);
  const [reason, setReason] = useState('');
  const ok = reason.trim().length >= 2;
  return (
    <Card size="small" title={t('la.title')} style={{ marginBottom: 16 }}>
      <Flex vertical gap={8}>
        <label>
          <Typography.Text>{t('la.reason')}</Typography.Text>
          <Input.TextArea rows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} aria-label={t('la.reason')} />
        </label>
        {!ok ? <Typography.Text type="secondary">{t('la.reasonShort')}</Typography.Text> : null}
        <div>
          <ConfirmButton
            danger
            loading={busy}
            disabled={!ok}
            confirm={t('la.confirmRevoke')}
            description={t('la.confirmRevokeHint')}
            onConfirm={() => run(() => unwrap(client.POST('/api/v1/licences/{id}/revoke', { params: { path: { id: licenceId } }, body: { reason: reason.trim() } })), { done: t('la.revoked') })}
          >
            {t('la.revoke')}
          </ConfirmButton>
        </div>
      </Flex>
    </Card>
  );
}
