import { describe, expect, it } from 'vitest';
import { useUi } from './harness.js';

const ui = useUi();

describe('e-licences in the browser', { timeout: 300_000 }, () => {
  it('shows the holder a licence with its QR code, and anyone can verify it from the QR link', async () => {
    const holder = await ui.as('xiangwei');
    await holder.goto('/portal/licences');
    await holder.getByRole('heading', { name: '我的证照' }).waitFor();
    await holder.getByRole('link', { name: '营业执照' }).first().click();
    await holder.getByRole('heading', { name: '营业执照' }).waitFor();
    const qr = holder.getByRole('img', { name: '核验二维码' });
    await expect.poll(() => qr.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(0);
    await ui.shot(holder, 'portal-licence');
    const href = await holder.getByRole('link', { name: '打开核验页面' }).getAttribute('href');
    expect(href).toMatch(/^\/v\/BSL1\./);
    const payload = decodeURIComponent(href!.slice(3));

    // the QR link, opened by a phone that is not signed in
    const visitor = await ui.session('qr-scan', { width: 390, height: 844 });
    await visitor.goto(href!);
    await visitor.getByText('证照有效').first().waitFor();
    await visitor.getByText('蓝山县湘味餐饮店').first().waitFor();
    await ui.shot(visitor, 'public-qr-verification');

    // the same check on the public page, from the pasted code
    await visitor.goto(`/public/verify?p=${encodeURIComponent(payload)}`);
    await visitor.getByText('证照真实有效').waitFor();
    await visitor.getByText('签名校验通过（SM2）').waitFor();
    await ui.shot(visitor, 'public-verify');

    // a tampered code is refused
    const tampered = payload.replace(/\.([A-Za-z0-9_-])/, (_m, c: string) => `.${c === 'A' ? 'B' : 'A'}`);
    await visitor.goto(`/public/verify?p=${encodeURIComponent(tampered)}`);
    await visitor.getByText('签名校验未通过：证照可能被伪造或篡改').waitFor();
  });
});
