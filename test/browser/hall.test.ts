import { describe, expect, it } from 'vitest';
import { chooseOption, useUi } from './harness.js';

const ui = useUi({ now: '2026-03-02T09:00:00+08:00' });

describe('the hall', { timeout: 400_000 }, () => {
  it('a citizen books a slot on a phone, checks in at the hall and is called on the calling screen and on the phone', async () => {
    const [item] = await ui.db.query<{ name: string }>(
      "SELECT v.name FROM service_item_versions v JOIN departments d ON d.id = v.department_id WHERE v.status = 'published' AND d.code = 'scjg' ORDER BY v.code LIMIT 1",
    );

    // 预约: 选择事项 → 选择日期时段 → 预约成功
    const phone = await ui.as('zhangsan', { width: 390, height: 844 });
    await phone.goto('/portal/hall/book');
    await phone.getByRole('heading', { name: '预约办事' }).waitFor();
    await chooseOption(phone, '办理事项', item!.name, { search: item!.name.slice(0, 4) });
    await phone.getByRole('button', { name: '下一步' }).click();
    await phone.getByText('办理分区：商事登记').waitFor();
    await phone.getByRole('group', { name: '2026年3月2日' }).getByRole('button', { name: /09:30–10:00/ }).click();
    await phone.getByText('已选：2026年3月2日 09:30–10:00').waitFor();
    await phone.getByRole('button', { name: '确认预约' }).click();
    const codeEl = phone.getByTestId('booking-code');
    await codeEl.waitFor();
    const code = (await codeEl.innerText()).trim().slice(0, 8);
    await ui.shot(phone, 'hall-booked');

    // the hall's calling screen, full-screen, nobody signed in
    const screen = await ui.session('screen', { width: 1920, height: 1080 });
    await screen.goto('/hall/screen?region=431127');
    await screen.getByText('请取号等候').waitFor();

    // 取号 at the desk with the booking code
    ui.clock.set('2026-03-02T09:20:00+08:00');
    const desk = await ui.as('chuangkou');
    await desk.goto('/window/hall/check-in');
    await desk.getByRole('heading', { name: '签到取号' }).waitFor();
    await desk.getByRole('textbox', { name: '预约码' }).fill(code);
    await desk.getByRole('button', { name: '取 号' }).or(desk.getByRole('button', { name: '取号' })).click();
    await desk.getByTestId('queue-number').getByText('A001').waitFor();
    await desk.getByText(/商事登记 · 预约/).waitFor();
    await ui.shot(desk, 'hall-check-in');

    // the applicant's page shows the number, waiting
    await phone.goto('/portal/hall');
    const mine = phone.getByTestId('my-ticket');
    await mine.getByText('A001').waitFor();
    await mine.getByText('等候中').waitFor();

    // the clerk calls the next number at window 1
    const clerk = await ui.as('chuangkou');
    await clerk.goto('/window/hall/calling');
    await clerk.getByRole('heading', { name: '叫号' }).waitFor();
    await chooseOption(clerk, '我的窗口', '商事登记 1 号窗口（商事登记）');
    await clerk.getByRole('button', { name: '叫下一位' }).click();
    await clerk.getByTestId('current-number').getByText('A001').waitFor();
    await ui.shot(clerk, 'hall-calling');

    // the screen and the phone follow without being touched
    await screen.getByTestId('screen-now').getByText('请 A001 号到 商事登记 1 号窗口 办理').waitFor();
    await ui.shot(screen, 'hall-screen');
    await mine.getByText('请到 商事登记 1 号窗口 办理').waitFor();
    await ui.shot(phone, 'hall-called-on-phone');

    // served: the clerk finishes the visit and gives the rating code; the citizen is invited to rate it (一次一评)
    await clerk.getByRole('button', { name: '办 结' }).or(clerk.getByRole('button', { name: '办结' })).click();
    await clerk.getByTestId('rating-code').getByText(/A001 号已办结.*评价码 [A-Z2-9]{8}/).waitFor();
    await clerk.getByText('当前没有在办的号').waitFor();
    await phone.goto('/portal/ratings');
    await phone.getByText('窗口办事（一次一评）').first().waitFor();
  });

  it('a citizen books a visit for a bundle (一件事) as well as for one item', async () => {
    const phone = await ui.as('xiangwei', { width: 390, height: 844 });
    await phone.goto('/portal/hall/book');
    await phone.getByRole('heading', { name: '预约办事' }).waitFor();
    await phone.getByText('一件事', { exact: true }).first().click();
    await chooseOption(phone, '一件事', '开餐饮店', { search: '餐饮' });
    await phone.getByRole('button', { name: '下一步' }).click();
    await phone.getByText(/^开餐饮店 · 办理分区：/).waitFor();
    await phone.getByRole('group', { name: '2026年3月3日' }).getByRole('button', { name: /10:00–10:30/ }).click();
    await phone.getByRole('button', { name: '确认预约' }).click();
    await phone.getByTestId('booking-code').waitFor();
    await phone.goto('/portal/hall');
    await phone.getByText('开餐饮店').first().waitFor();
  });

  it('a supervisor sets a zone’s opening hours on the hall settings page, with messages in words for mistakes', async () => {
    const page = await ui.as('jianguan');
    await page.goto('/supervision/hall');
    await page.getByRole('heading', { name: '大厅设置' }).waitFor();
    const business = page.getByTestId('zone-business');
    // a time written the wrong way is caught on the page
    await business.getByRole('textbox', { name: '结束 1' }).fill('12点');
    await business.getByRole('button', { name: '保存开放时间' }).click();
    await business.getByText('请按“09:00”的格式填写时间').waitFor();
    // sessions out of order are refused by the server, in words
    ui.allowConsoleError(/400/);
    await business.getByRole('textbox', { name: '结束 1' }).fill('15:00');
    await business.getByRole('button', { name: '保存开放时间' }).click();
    await page.getByText('开放时间设置有误：第 2 个开放时段与前一个时段重叠或顺序颠倒，请按时间先后填写').waitFor();
    await business.getByRole('textbox', { name: '结束 1' }).fill('11:30');
    await business.getByRole('spinbutton', { name: '每时段可预约人数' }).fill('6');
    await business.getByRole('button', { name: '保存开放时间' }).click();
    await page.getByText('商事登记的开放时间已保存').waitFor();
    await page.reload();
    await expect.poll(() => page.getByTestId('zone-business').getByRole('spinbutton', { name: '每时段可预约人数' }).inputValue()).toBe('6');
    expect(await page.getByTestId('zone-business').getByRole('textbox', { name: '结束 1' }).inputValue()).toBe('11:30');
    await ui.shot(page, 'hall-settings');
  });
});
