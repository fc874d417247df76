import { Alert, Card, Flex, Form, Input, Radio } from 'antd';
import type { FormInstance } from 'antd';
import type { ApplicationView } from '../api/applications';
import { formatTime, inputDate } from '../format';
import { defineMessages, useT } from '../i18n';
import { MaterialUpload, type Uploaded } from './MaterialUpload';

const m = defineMessages({
  'ag.counter': ['窗口收件：由 {clerk}（{window}）于 {at} 录入', 'Filed at the counter by {clerk} ({window}) at {at}'],
  'ag.counterDetail': ['身份核验：{check}（到窗口办理人：{presenter}）；窗口扫描上传材料 {scans} 份', 'Identity: {check} (at the counter: {presenter}); {scans} materials scanned'],
  'ag.title': ['帮代办：申请人与授权委托', 'Filing for someone: the applicant and the authorisation'],
  'ag.hint': ['代办员代申请人提交，须上传申请人签署的授权委托书，写明授权范围和有效期；授权随办件存档', 'An agent files for the applicant with the signed authorisation letter, its scope and validity; it is kept with the application'],
  'ag.kind': ['申请人类型', 'Applicant'],
  'ag.citizen': ['个人', 'Person'],
  'ag.business': ['企业或个体工商户', 'Business'],
  'ag.name': ['申请人姓名', 'Applicant’s name'],
  'ag.idNumber': ['申请人身份证号码', 'Identity card number'],
  'ag.orgName': ['企业名称', 'Business name'],
  'ag.uscc': ['统一社会信用代码', 'Unified social credit code'],
  'ag.phone': ['申请人联系电话', 'Applicant’s phone'],
  'ag.username': ['申请人平台账号（选填，申请人可在本人账户查看进度）', 'Applicant’s account (optional, to follow it themselves)'],
  'ag.letter': ['授权委托书', 'Authorisation letter'],
  'ag.scope': ['授权范围', 'Scope'],
  'ag.validUntil': ['授权有效期至', 'Valid until'],
  'ag.required': ['请填写此项', 'Required'],
  'ag.recordedOnline': ['帮代办：依申请人在线授权代为申请，授权范围“{scope}”，有效期至 {until}（{at}）', 'Filed by an agent on the applicant’s online authorisation: scope “{scope}”, valid until {until} ({at})'],
  'ag.recorded': ['帮代办：授权范围“{scope}”，有效期至 {until}，授权委托书已随办件存档（{at}）', 'Filed by an agent: scope “{scope}”, valid until {until}, letter kept with the application ({at})'],
  'ag.letterMissing': ['请上传申请人签署的授权委托书', 'Upload the signed authorisation letter'],
});

export interface OnBehalf {
  kind: 'citizen' | 'business';
  name: string;
  idNumber?: string;
  orgName?: string;
  uscc?: string;
  phone?: string;
  username?: string;
  scope: string;
  validUntil: string;
}

/** What the agent must give: who the applicant is, and the letter that authorises the agent. Fields live under `onBehalf`. */
export function AgentCard({ form, letter, onLetter, defaultScope }: { form: FormInstance; letter?: Uploaded; onLetter(u: Uploaded): void; defaultScope: string }) {
  const t = useT(m);
  const kind = Form.useWatch(['onBehalf', 'kind'], form) as OnBehalf['kind'] | undefined;
  const required = [{ required: true, whitespace: true, message: t('ag.required') }];
  // a date input's value: YYYY-MM-DD of the day in Beijing time, not a formatted date for people
  const in30days = inputDate(30);
  return (
    <Card title={t('ag.title')} style={{ marginBottom: 16 }}>
      <Alert type="info" showIcon title={t('ag.hint')} style={{ marginBottom: 16 }} />
      <Form.Item name={['onBehalf', 'kind']} label={t('ag.kind')} initialValue="citizen">
        <Radio.Group options={[{ value: 'citizen', label: t('ag.citizen') }, { value: 'business', label: t('ag.business') }]} />
      </Form.Item>
      <Flex gap={16} wrap="wrap">
        <Form.Item name={['onBehalf', 'name']} label={t('ag.name')} rules={required} style={{ flex: '1 1 240px' }}>
          <Input maxLength={100} />
        </Form.Item>
        {kind === 'business' ? (
          <>
            <Form.Item name={['onBehalf', 'orgName']} label={t('ag.orgName')} rules={required} style={{ flex: '1 1 240px' }}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name={['onBehalf', 'uscc']} label={t('ag.uscc')} rules={[...required, { len: 18, message: t('ag.uscc') }]} style={{ flex: '1 1 240px' }}>
              <Input maxLength={18} />
            </Form.Item>
          </>
        ) : (
          <Form.Item name={['onBehalf', 'idNumber']} label={t('ag.idNumber')} rules={[...required, { len: 18, message: t('ag.idNumber') }]} style={{ flex: '1 1 240px' }}>
            <Input maxLength={18} />
          </Form.Item>
        )}
        <Form.Item name={['onBehalf', 'phone']} label={t('ag.phone')} style={{ flex: '1 1 200px' }}>
          <Input maxLength={20} inputMode="tel" />
        </Form.Item>
      </Flex>
      <Form.Item name={['onBehalf', 'username']} label={t('ag.username')}>
        <Input maxLength={64} style={{ maxWidth: 320 }} />
      </Form.Item>
      <Form.Item label={t('ag.letter')} required>
        <MaterialUpload label={t('ag.letter')} value={letter} onChange={onLetter} />
      </Form.Item>
      <Flex gap={16} wrap="wrap">
        <Form.Item name={['onBehalf', 'scope']} label={t('ag.scope')} rules={required} initialValue={defaultScope} style={{ flex: '2 1 320px' }}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name={['onBehalf', 'validUntil']} label={t('ag.validUntil')} rules={required} initialValue={in30days} style={{ flex: '1 1 180px' }}>
          <Input type="date" />
        </Form.Item>
      </Flex>
    </Card>
  );
}

export function useAgentMessages() {
  return useT(m);
}

/** The recorded authorisation of an application filed by an agent. */
export function AuthorisationNote({ authorisation }: { authorisation: ApplicationView['authorisation'] | undefined }) {
  const t = useT(m);
  // an application a clerk filed at the counter carries the identity check, not an agent's letter
  if (!authorisation || !('scope' in authorisation)) return null;
  const online = 'authorisationId' in authorisation && !!authorisation.authorisationId;
  return <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t(online ? 'ag.recordedOnline' : 'ag.recorded', { scope: authorisation.scope, until: authorisation.validUntil, at: formatTime(authorisation.recordedAt) })} />;
}

/** 窗口收件: the application was filed at the counter by a clerk, who checked the applicant's identity there. */
export function CounterIntakeNote({ intake }: { intake: ApplicationView['counterIntake'] | undefined }) {
  const t = useT(m);
  if (!intake) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('ag.counter', { clerk: intake.clerkName, window: intake.windowName ?? intake.windowRegionName, at: formatTime(intake.checkedAt) })}
      description={t('ag.counterDetail', { check: intake.identityCheckName, presenter: intake.presenterName, scans: intake.scans })}
    />
  );
}
