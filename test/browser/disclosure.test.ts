import { describe, expect, it } from 'vitest';
import { chooseOption, useUi, confirmAction } from './harness.js';

const ui = useUi();

describe('依申请公开', { timeout: 300_000 }, () => {
  it('a request is filed, consulted on, extended once (a second time refused), answered and listed in the register', async () => {
    // what the public register says of the market bureau before (demo data may hold requests of this year)
    const before = (await ui.app.inject({ method: 'GET', url: '/api/v1/public/disclosure/register' })).json().departments
      .find((d: { department: { name: string } }) => d.department.name === '蓝山县市场监督管理局') ?? { total: 0, byType: { disclosed: 0, 'partly-disclosed': 0 } };
    const applicant = await ui.as('zhangsan');
    await applicant.goto('/portal/disclosure');
    await applicant.getByRole('heading', { name: '政府信息公开申请' }).waitFor();
    await applicant.getByLabel('所需政府信息的名称、文号或便于查询的其他特征描述').fill('2025 年度本县餐饮服务单位食品安全监督抽检结果');
    await applicant.getByLabel('用途（选填）').fill('了解居住地周边餐馆的抽检情况');
    await chooseOption(applicant, '向哪个机关申请', '蓝山县市场监督管理局', { search: '市场监督' });
    await ui.shot(applicant, 'disclosure-file');
    await applicant.getByRole('button', { name: '提交申请' }).click();
    const filed = applicant.getByText(/申请已提交，编号/);
    await filed.waitFor();
    const number = (await filed.innerText()).match(/编号\s*(\S+?)，/)![1]!;

    // the market bureau's disclosure office: its head handles and may extend
    const office = await ui.as('scjg-kezhang');
    await office.goto('/review/disclosure');
    await office.getByRole('heading', { name: '依申请公开' }).waitFor();
    const row = office.getByRole('row', { name: new RegExp(number) });
    await row.getByText(/正常 · .* 到期/).waitFor();
    await ui.shot(office, 'disclosure-department-list');
    await row.getByRole('link', { name: number }).click();
    await office.getByRole('heading', { name: `政府信息公开申请 ${number}` }).waitFor();

    await office.getByRole('tab', { name: '征求第三方意见' }).click();
    await office.getByRole('textbox', { name: '第三方名称' }).fill('蓝山县湘味餐饮店');
    await office.getByRole('textbox', { name: '征求意见的事项' }).fill('抽检结果中涉及贵店的内容是否同意公开');
    await office.getByRole('button', { name: '发出征求意见' }).click();
    await office.getByText('等待答复，期间不计时').waitFor();
    await office.getByRole('tab', { name: '征求第三方意见' }).click();
    await office.getByRole('button', { name: '登记意见，恢复计时' }).click();
    await confirmAction(office, '确认结束征求意见？');
    await office.getByText('意见：同意公开').waitFor();

    await office.getByRole('tab', { name: '延期答复' }).click();
    await office.getByRole('textbox', { name: '延期理由（将告知申请人）' }).fill('需汇总多个抽检批次的数据');
    await office.getByRole('button', { name: '延期答复' }).click();
    await confirmAction(office, '确认延长答复期限？');
    await office.getByText(/延期：20 个工作日（需汇总多个抽检批次的数据）/).waitFor();
    // a second extension is refused, with the reason
    ui.allowConsoleError(/409/);
    await office.getByRole('tab', { name: '延期答复' }).click();
    await office.getByText('本申请已延期一次').waitFor();
    await office.getByRole('button', { name: '延期答复' }).click();
    await confirmAction(office, '确认延长答复期限？');
    await office.getByText('答复期限已延长过一次，依《政府信息公开条例》第三十三条不得再次延长').waitFor();
    await ui.shot(office, 'disclosure-extension-refused');

    await office.getByRole('tab', { name: '答复申请人' }).click();
    await office.getByRole('radiogroup', { name: '答复类型' }).getByText('部分公开', { exact: true }).click();
    await office.getByRole('combobox', { name: '不予公开的法律依据' }).click();
    await office.locator('.ant-select-item-option').filter({ hasText: '第十五条' }).click();
    await office.getByRole('textbox', { name: '答复内容' }).fill('现提供抽检结果汇总表；其中个体经营者的身份信息不予公开。');
    await office.getByRole('button', { name: '提交答复' }).click();
    await confirmAction(office, '确认提交答复？');
    await office.getByTestId('disclosure-answer').getByText('部分公开').waitFor();

    // the bureau's register lists it with its answer
    const supervisor = await ui.as('jianguan');
    await supervisor.goto('/supervision/disclosure');
    await supervisor.getByRole('heading', { name: '依申请公开登记台账' }).waitFor();
    const entry = supervisor.getByRole('row', { name: new RegExp(number) });
    await entry.getByText('部分公开').waitFor();
    await entry.getByText('已延期 20 个工作日').waitFor();
    await ui.shot(supervisor, 'disclosure-register');

    // the applicant reads the answer with its legal basis
    await applicant.goto('/portal/disclosure');
    await applicant.getByRole('link', { name: number }).click();
    const answer = applicant.getByTestId('disclosure-answer');
    await answer.getByText('现提供抽检结果汇总表').waitFor();
    await expect.poll(() => answer.getByText(/第三十七条、第十五条/).count()).toBe(1);
    await ui.shot(applicant, 'disclosure-answer');

    // the public register counts it for the agency, without the applicant
    const visitor = await ui.session('visitor');
    await visitor.goto('/public/disclosure');
    await visitor.getByRole('heading', { name: '依申请公开情况' }).waitFor();
    const agencyRow = visitor.getByRole('row', { name: /蓝山县市场监督管理局/ });
    await expect.poll(async () => (await agencyRow.locator('td').allInnerTexts()).slice(0, 4)).toEqual(['蓝山县市场监督管理局', String(before.total + 1), String(before.byType.disclosed), String(before.byType['partly-disclosed'] + 1)]);
    expect(await visitor.locator('body').innerText()).not.toContain('张三');
    await ui.shot(visitor, 'disclosure-public-register');
  });

  it('the window registers a request made in person, for the county office', async () => {
    const clerk = await ui.as('chuangkou');
    await clerk.goto('/window/disclosure');
    await clerk.getByRole('heading', { name: '依申请公开' }).waitFor();
    await clerk.getByText('登记当面或书面申请').click();
    await clerk.getByLabel('申请人姓名').fill('王建国');
    await clerk.getByLabel('所需政府信息的名称、文号或便于查询的其他特征描述').fill('政务服务中心进驻事项清单');
    await clerk.getByRole('button', { name: '登记申请' }).click();
    const filed = clerk.getByText(/申请已提交，编号/);
    await filed.waitFor();
    const number = (await filed.innerText()).match(/编号\s*(\S+?)，/)![1]!;
    const row = clerk.getByRole('row', { name: new RegExp(number) });
    await row.getByText('王建国').waitFor();
    await row.getByText('蓝山县行政审批服务局').waitFor();
    await ui.shot(clerk, 'disclosure-window');
  });
});
