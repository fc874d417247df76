import { describe, expect, it } from 'vitest';
import { useUi, type Ui } from './harness.js';
import type { TestApp } from '../helpers/app.js';
import { accept, caseOf, decide, deliver, ITEMS, submit } from '../helpers/applications.js';
import { DEMO_PASSWORD } from '../../src/identity/index.js';

const ui = useUi();

/** The application helpers speak to the API in-process, as the integration tests do. */
function apiOf(u: Ui): TestApp {
  const sessions = new Map<string, Record<string, string>>();
  return {
    app: u.app, db: u.db, clock: u.clock, config: u.config,
    async as(username: string) {
      const hit = sessions.get(username);
      if (hit) return hit;
      const res = await u.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: DEMO_PASSWORD } });
      const headers = { authorization: `Bearer ${res.json().token as string}` };
      sessions.set(username, headers);
      return headers;
    },
    drain: () => u.drain(),
  } as unknown as TestApp;
}

describe('好差评', () => {
  it('rates a delivered application badly and sees the department’s response', async () => {
    const t = apiOf(ui);
    const { id } = await submit(t, { itemCodes: [ITEMS.food] });
    const app = await accept(t, id);
    await decide(t, caseOf(app, ITEMS.food));
    expect((await deliver(t, id, { method: 'window' })).statusCode).toBe(200);
    await ui.drain();

    const applicant = await ui.as('xiangwei');
    await applicant.goto('/portal/ratings');
    await applicant.getByRole('heading', { name: '我的评价' }).waitFor();
    for (const indicator of ['整体满意度', '办事效率', '办事指南精确度', '办事便捷度', '平台操作性']) {
      await applicant.getByRole('radiogroup', { name: indicator }).getByText('非常不满意', { exact: true }).click();
    }
    // a 差评 asks for the reason
    await applicant.getByText('您给了差评').waitFor();
    await applicant.getByRole('textbox', { name: '不满意的原因（必填）' }).fill('指南上的材料清单和窗口要求不一致，多跑了一趟');
    await applicant.getByRole('button', { name: '提交评价' }).click();
    await applicant.getByText('办理部门正在核实整改').waitFor();
    await ui.shot(applicant, 'ratings-bad-rating');

    const department = await ui.as('scjg-shenhe');
    await department.goto('/review/rectifications');
    await department.getByRole('heading', { name: '差评整改' }).waitFor();
    await department.getByText('指南上的材料清单和窗口要求不一致，多跑了一趟').waitFor();
    await department.getByRole('textbox', { name: '核实情况' }).fill('办事指南未同步更新健康证明的要求');
    await department.getByRole('textbox', { name: '整改措施' }).fill('已更新办事指南并培训窗口人员');
    await department.getByRole('button', { name: '提交整改反馈' }).click();
    await department.getByText('已反馈评价人').waitFor();
    await department.getByText('待回访', { exact: true }).first().click();
    await department.getByRole('button', { name: '记录回访' }).click();
    await department.getByText('已办结', { exact: true }).first().click();
    await department.getByText('电话回访：满意').waitFor();
    await ui.shot(department, 'ratings-rectification-workbench');

    await applicant.reload();
    await applicant.getByText('已更新办事指南并培训窗口人员').waitFor();
    await applicant.getByText('电话回访：满意').waitFor();
    await ui.shot(applicant, 'ratings-outcome');
  }, 240_000);
});
