import { Alert, Card, Radio } from 'antd';
import { client, unwrap } from '../../api/typed';
import { useApi } from '../../api/hooks';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'oa.title': ['代办依据', 'Filing on behalf of someone'],
  'oa.paper': ['纸质授权委托书（在下方填写申请人并上传）', 'A signed authorisation letter (fill in the applicant below and upload it)'],
  'oa.self': ['本人申请', 'For myself'],
  'oa.grant': ['在线授权：{principal}（{scope}，有效期至 {until}）', 'Online authorisation: {principal} ({scope}, until {until})'],
  'oa.hint': ['按申请人在线给出的授权代为申请：办件属于申请人，申请人可在本人账户查看；申请人资料取自其实名账户，无需另传授权委托书。', 'Filed on the applicant’s online authorisation: the application is theirs and they follow it in their account; no letter is needed.'],
});

interface Grant {
  id: string;
  role: 'principal' | 'agent';
  principalName: string;
  scope: Array<{ kind: 'item' | 'bundle'; code: string; name: string }>;
  validUntil: string;
  state: string;
}

/**
 * 帮代办 on an online authorisation: the live grants this person holds that cover what the notice files (its bundle, or
 * every one of its items), to choose one as the basis of the filing. Shows nothing when there is none.
 */
export function OnlineAuthorisationChoice(props: {
  subject: { kind: string; code: string };
  itemCodes: string[];
  /** a staff agent may also file on a paper letter; anyone else files for themselves otherwise */
  paper: boolean;
  value: string;
  onChange: (grantId: string) => void;
}) {
  const t = useT(m);
  const { subject, itemCodes } = props;
  const grants = useApi((signal): Promise<{ items: Grant[] }> => unwrap(client.GET('/api/v1/authorisations', { signal })), []);
  const usable = (grants.data?.items ?? []).filter(
    (g) =>
      g.role === 'agent' &&
      g.state === 'live' &&
      ((subject.kind === 'bundle' && g.scope.some((s) => s.kind === 'bundle' && s.code === subject.code)) ||
        itemCodes.every((c) => g.scope.some((s) => s.kind === 'item' && s.code === c))),
  );
  if (!usable.length) return null;
  return (
    <Card title={t('oa.title')} style={{ marginBottom: 16 }}>
      <Radio.Group
        aria-label={t('oa.title')}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value as string)}
        style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
        options={[
          { value: '', label: props.paper ? t('oa.paper') : t('oa.self') },
          ...usable.map((g) => ({ value: g.id, label: t('oa.grant', { principal: g.principalName, scope: g.scope.map((s) => s.name).join('、'), until: g.validUntil }) })),
        ]}
      />
      {props.value ? <Alert type="info" showIcon title={t('oa.hint')} style={{ marginTop: 12 }} /> : null}
    </Card>
  );
}
