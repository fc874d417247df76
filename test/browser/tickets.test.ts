import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chooseOption, confirmAction, useUi } from './harness.js';

const ui = useUi();

/** Picks an option of an antd Select by its visible label (long, virtual lists are searched). */
const choose = (page: Page, label: string, option: string, opts: { search?: boolean } = {}) =>
  chooseOption(page, label, option, opts.search ? { search: option } : {});

describe('12345 工单', { timeout: 300_000 }, () => {
  it('a ticket is filed with knowledge-base suggestions, dispatched, linked to a duplicate, transferred, answered and rated', async () => {
    const requester = await ui.as('zhangsan');
    await requester.goto('/portal/tickets');
    await requester.getByRole('heading', { name: '12345 诉求' }).waitFor();
    await requester.getByText('投诉', { exact: true }).click();
    await requester.getByLabel('诉求标题').fill('晚上工地施工太吵');
    await requester.getByLabel('诉求内容').fill('小区旁边的工地每天晚上十一点以后还在施工，噪音太大，影响休息，请有关部门处理。');
    // the knowledge base answers while the request is typed
    const suggestions = requester.getByTestId('knowledge-suggestions');
    await suggestions.getByText('夜间施工噪音投诉').waitFor();
    await ui.shot(requester, 'tickets-file');
    await requester.getByRole('button', { name: '提交诉求' }).click();
    await requester.getByText(/诉求已登记，工单编号/).waitFor();
    const number = (await requester.getByText(/诉求已登记，工单编号/).innerText()).match(/编号\s*(\S+)/)![1]!;

    const operator = await ui.as('chuangkou');
    await operator.goto('/window/tickets');
    await operator.getByRole('heading', { name: '12345 工单' }).waitFor();
    await operator.getByRole('link', { name: number }).click();
    await operator.getByRole('heading', { name: `工单 ${number}` }).waitFor();
    await choose(operator, '诉求分类', '市场监管（食品安全、消费维权、证照办理）');
    await operator.getByText('派单后按分类的办理时限计时（5 个工作日）').waitFor();
    await operator.getByRole('button', { name: '派单', exact: true }).click();
    await operator.getByText('已派单', { exact: true }).first().waitFor();
    await expect.poll(() => operator.getByText('办理中', { exact: true }).count()).toBeGreaterThan(0);
    await ui.shot(operator, 'tickets-dispatched');

    // a neighbour calls about the same site: the operator links the new ticket to the first one
    await operator.goto('/window/tickets');
    await operator.getByText('投诉', { exact: true }).click();
    await operator.getByLabel('诉求标题').fill('工地夜间施工噪音扰民');
    await operator.getByLabel('诉求内容').fill('小区旁边的工地晚上十一点以后还在施工，噪音很大，影响休息，希望尽快处理。');
    await operator.getByLabel('诉求人姓名').fill('王女士');
    await operator.getByLabel('联系电话').fill('13907460000');
    await operator.getByRole('button', { name: '登记工单' }).click();
    const registered = operator.getByText(/诉求已登记，工单编号/);
    await registered.waitFor();
    const second = (await registered.innerText()).match(/编号\s*(\S+)/)![1]!;
    await operator.getByRole('alert').filter({ hasText: '可能重复的工单（同一事项）' }).getByText(new RegExp(number)).waitFor();
    await operator.getByRole('link', { name: second }).click();
    const similar = operator.locator('.ant-card').filter({ hasText: '可能重复的工单（同一事项）' });
    await similar.getByRole('link', { name: number }).waitFor();
    await similar.getByRole('button', { name: '并入该工单' }).click();
    await operator.getByText('本工单已并入其他工单，随主工单答复').waitFor();
    const secondUrl = operator.url();

    // the department that got it transfers it, with a reason, to the one responsible
    const market = await ui.as('scjg-shenhe');
    await market.goto('/review/tickets');
    await market.getByRole('heading', { name: '12345 工单办理' }).waitFor();
    const row = market.getByRole('row', { name: new RegExp(number) });
    await row.getByText(/正常 · .* 到期/).waitFor();
    await ui.shot(market, 'tickets-department-list');
    await row.getByRole('link', { name: number }).click();
    await market.getByRole('tab', { name: '转办' }).click();
    await choose(market, '转办至', '蓝山县住房和城乡建设局', { search: true });
    await market.getByRole('textbox', { name: '理由' }).fill('建筑施工噪音属住建部门监管，转住建局办理');
    await market.getByRole('button', { name: '转办', exact: true }).click();
    await confirmAction(market, '确认转交其他部门办理？');
    // it leaves the department's list
    await market.waitForURL((u) => u.pathname === '/review/tickets');
    await market.getByRole('heading', { name: '12345 工单办理' }).waitFor();
    await expect.poll(() => market.getByRole('link', { name: number }).count()).toBe(0);

    const housing = await ui.as('zjj-shenhe');
    await housing.goto('/review/tickets');
    await housing.getByRole('link', { name: number }).click();
    await housing.getByRole('heading', { name: `工单 ${number}` }).waitFor();
    await housing.getByRole('textbox', { name: '答复内容' }).fill('经核查，该工地未取得夜间施工许可，已责令停止夜间施工，并由执法人员每晚巡查。');
    await housing.getByRole('button', { name: '提交答复' }).click();
    await confirmAction(housing, '确认发出答复并办结工单？');
    await housing.getByTestId('ticket-answer').waitFor();
    await ui.shot(housing, 'tickets-answered');

    // the requester is told, and the message opens the ticket
    await ui.drain();
    await requester.goto('/portal/messages');
    const message = requester.getByRole('listitem').filter({ hasText: number });
    await message.getByText('您的 12345 诉求已答复').waitFor();
    await message.getByRole('button', { name: '打开' }).click();
    await requester.waitForURL(/\/portal\/tickets\/[0-9a-f-]{36}$/);
    await requester.getByText('已责令停止夜间施工').waitFor();
    await requester.getByRole('radiogroup', { name: '满意程度' }).getByText('满意', { exact: true }).click();
    await requester.getByRole('textbox', { name: '评价意见（选填）' }).fill('处理及时');
    await requester.getByRole('button', { name: '提交评价' }).click();
    await requester.getByText('诉求人评价：满意：处理及时').waitFor();
    // the history shows the transfer and its reason
    await requester.getByText('蓝山县市场监督管理局 → 蓝山县住房和城乡建设局').waitFor();
    await requester.getByText('理由：建筑施工噪音属住建部门监管，转住建局办理').waitFor();
    await ui.shot(requester, 'tickets-rated');

    // the linked ticket got the same answer
    await operator.goto(secondUrl);
    await operator.getByTestId('ticket-answer').getByText('已责令停止夜间施工').waitFor();

    // the answer becomes a knowledge-base entry, found by its Chinese words
    await operator.goto('/window/knowledge');
    await operator.getByRole('heading', { name: '12345 知识库' }).waitFor();
    await operator.getByRole('button', { name: '新增条目' }).click();
    const dialog = operator.getByRole('dialog');
    await dialog.getByLabel('标题').fill('工地夜间施工许可的查询');
    await dialog.getByLabel('常见问法').fill('怎么知道工地晚上施工有没有许可？');
    await dialog.getByLabel('标准答复').fill('夜间施工须取得住建部门的夜间施工许可并在工地公示，可拨打 12345 核实。');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await operator.getByText('知识库条目已保存').waitFor();
    await operator.getByRole('searchbox', { name: '检索知识库' }).fill('夜间施工许可');
    await operator.getByRole('searchbox', { name: '检索知识库' }).press('Enter');
    await operator.getByRole('button', { name: /工地夜间施工许可的查询/ }).waitFor();
    await ui.shot(operator, 'tickets-knowledge');
  });

  it('a visitor files on a phone without signing in, giving a name and a phone number', async () => {
    const visitor = await ui.session('phone-visitor', { width: 390, height: 844 });
    await visitor.goto('/portal/tickets');
    await visitor.getByRole('heading', { name: '12345 诉求' }).waitFor();
    await visitor.getByText('求助', { exact: true }).click();
    await visitor.getByLabel('诉求标题').fill('社保卡丢了怎么补办');
    await visitor.getByLabel('诉求内容').fill('社保卡丢失了，想知道去哪里补办，要带什么材料，多久能拿到。');
    await visitor.getByTestId('knowledge-suggestions').getByText('社会保障卡丢失补办').waitFor();
    await visitor.getByRole('button', { name: '提交诉求' }).click();
    // without signing in, a name and a phone are needed
    await visitor.getByText('请填写此项').first().waitFor();
    await visitor.getByLabel('诉求人姓名').fill('刘女士');
    await visitor.getByLabel('联系电话').fill('13974600000');
    await visitor.getByRole('button', { name: '提交诉求' }).click();
    await visitor.getByText(/诉求已登记，工单编号/).waitFor();
    // nothing wider than the phone
    expect(await visitor.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth')).toBeLessThanOrEqual(0);
    await ui.shot(visitor, 'tickets-phone');
  });
});
