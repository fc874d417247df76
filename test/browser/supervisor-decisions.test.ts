import { describe, expect, it } from 'vitest';
import { useUi, type Ui, confirmAction } from './harness.js';
import type { TestApp } from '../helpers/app.js';
import { ITEMS, submit } from '../helpers/applications.js';
import { DEMO_PASSWORD } from '../../src/identity/index.js';

const ui = useUi();

/** Others' steps go through the API in-process, as the integration tests do; the supervisor's in the browser. */
async function headersOf(username: string): Promise<Record<string, string>> {
  const res = await ui.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: DEMO_PASSWORD } });
  return { authorization: `Bearer ${res.json().token as string}` };
}
async function post(username: string | null, url: string, payload: unknown) {
  const res = await ui.app.inject({ method: 'POST', url, headers: username ? await headersOf(username) : {}, payload: payload as Record<string, unknown> });
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.json();
}
function apiOf(u: Ui): TestApp {
  return { app: u.app, db: u.db, clock: u.clock, config: u.config, as: headersOf, drain: () => u.drain() } as unknown as TestApp;
}

describe('复核、审批与答复', { timeout: 300_000 }, () => {
  it('upholds an appeal against a malicious rating: the rating is void with the reason kept', async () => {
    const visit = await post('chuangkou', '/api/v1/ratings/visits', { itemName: '个体工商户登记（窗口咨询）' });
    const rating = await post(null, '/api/v1/ratings', {
      ratingCode: visit.ratingCode,
      indicators: { overall: 1, serviceEfficiency: 1, serviceLevel: 1, attitude: 1 },
      comment: '测试评价器，随便点的',
    });
    expect(rating.rectification).not.toBeNull();

    // the department appeals from its rectification workbench
    const department = await ui.as('xzsp-shenhe');
    await department.goto('/review/rectifications');
    await department.getByRole('heading', { name: '差评整改' }).waitFor();
    const rect = department.locator('.ant-card').filter({ hasText: '测试评价器，随便点的' });
    await rect.getByText('申诉复核', { exact: true }).click();
    await rect.getByRole('radiogroup', { name: '申诉理由' }).getByText('恶意差评', { exact: true }).click();
    await rect.getByRole('textbox', { name: '申诉说明（核实情况与证据）' }).fill('评价器调试时误点，录像可证当时无办事群众');
    await rect.getByRole('button', { name: '提交申诉' }).click();
    await department.getByText('申诉已提交，等待监管复核').waitFor();
    await ui.shot(department, 'ratings-appeal-filed');

    const supervisor = await ui.as('jianguan');
    await supervisor.goto('/supervision/appeals');
    await supervisor.getByRole('heading', { name: '申诉复核' }).waitFor();
    const card = supervisor.locator('.ant-card').filter({ hasText: '评价器调试时误点，录像可证当时无办事群众' });
    await card.getByText('评价意见：测试评价器，随便点的').waitFor();
    await ui.shot(supervisor, 'supervision-appeals');
    await card.getByRole('textbox', { name: '复核意见' }).fill('经核查录像，情况属实');
    await card.getByRole('button', { name: '支持申诉（评价作废）' }).click();
    await confirmAction(supervisor, '确认支持申诉、作废该评价？');
    await supervisor.getByText('已支持申诉，评价已作废').waitFor();
    await supervisor.getByText('已支持', { exact: true }).first().click();
    await supervisor.locator('.ant-card').filter({ hasText: '评价器调试时误点' }).getByText(/复核意见：经核查录像，情况属实/).waitFor();
  });

  it('approves an exception outside the guide and refuses another', async () => {
    const t = apiOf(ui);
    const { id } = await submit(t, { itemCodes: [ITEMS.food] });
    await post('chuangkou', `/api/v1/applications/${id}/guide-exceptions`, { context: 'correction', itemCode: ITEMS.food, cited: '排水设施图纸', reason: '经营场所位于老旧小区，需核实油污排放' });
    await post('chuangkou', `/api/v1/applications/${id}/guide-exceptions`, { context: 'correction', itemCode: ITEMS.food, cited: '单身证明', reason: '核实经营者身份' });

    const supervisor = await ui.as('jianguan');
    await supervisor.goto('/supervision/exceptions');
    await supervisor.getByRole('heading', { name: '清单外例外审批' }).waitFor();
    const drains = supervisor.locator('.ant-card').filter({ hasText: '要求的材料或条件：排水设施图纸' });
    const single = supervisor.locator('.ant-card').filter({ hasText: '要求的材料或条件：单身证明' });
    await drains.waitFor();
    await single.waitFor();
    await ui.shot(supervisor, 'supervision-exceptions');
    await drains.getByRole('textbox', { name: '审批意见' }).fill('确有必要，同意');
    await drains.getByRole('button', { name: '批准例外' }).click();
    await confirmAction(supervisor, '确认批准此例外？');
    await supervisor.getByText('已批准例外').waitFor();
    await single.getByRole('textbox', { name: '审批意见' }).fill('单身证明已取消，不得要求');
    await single.getByRole('button', { name: '驳回' }).click();
    await confirmAction(supervisor, '确认驳回此例外申请？');
    await supervisor.getByText('已驳回例外申请').waitFor();
    await expect.poll(async () => (await drains.count()) + (await single.count())).toBe(0);
    await supervisor.getByText('已驳回', { exact: true }).first().click();
    await supervisor.getByText('审批意见：单身证明已取消，不得要求', { exact: false }).waitFor();
  });

  it('lets the owner department answer guide feedback within its deadline, and the reporter read the answer', async () => {
    const notice = await ui.app.inject({ method: 'POST', url: '/api/v1/guidance/items/XK00119001/notice' });
    await post('zhangsan', '/api/v1/guide-feedback', {
      itemVersionId: notice.json().items[0].versionId, step: 'notice', kind: 'unclear', part: 'conditions', description: '“与污染源保持规定距离”没有写明是多少米',
    });
    await ui.drain();

    const department = await ui.as('scjg-kezhang');
    await department.goto('/review/messages');
    await department.getByRole('listitem').filter({ hasText: '办事指南反馈：食品经营许可' }).first().getByRole('button', { name: '打开' }).click();
    await department.waitForURL((u) => u.pathname === '/review/guide-feedback');
    const card = department.locator('.ant-card').filter({ hasText: '没有写明是多少米' });
    await card.getByText(/正常 · .* 到期/).waitFor();
    await ui.shot(department, 'guide-feedback-department');
    await card.getByRole('textbox', { name: '答复意见' }).fill('已在指南中写明：距离粪坑、污水池等污染源 25 米以上');
    await card.getByRole('button', { name: '已更正指南' }).click();
    await department.getByText('已答复并标记为已更正').waitFor();

    const reporter = await ui.as('zhangsan');
    await reporter.goto('/portal/guide-feedback');
    await reporter.getByText('已更正', { exact: true }).first().click();
    await reporter.getByText(/答复：已在指南中写明：距离粪坑、污水池等污染源 25 米以上/).waitFor();
    await ui.shot(reporter, 'guide-feedback-reporter');
  });
});
