import { beijingDateTime } from '../core/index.js';
import type { OnlineVerdict } from './verify-licence.js';

const esc = (s: string | number | null | undefined) =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const colours: Record<string, string> = { valid: '#1f7a1f', superseded: '#b36b00', 'not-yet-valid': '#b36b00' };

/** The public verification page (no login): what a phone shows after scanning a licence's QR code. */
export function verificationPage(v: OnlineVerdict): string {
  const colour = colours[v.status] ?? '#b00020';
  const l = v.licence;
  const headline =
    v.status === 'valid' ? '证照有效' : v.status === 'invalid' ? '核验失败：签名无效或内容被篡改' : v.status === 'unknown' ? '签名有效，但平台中未找到该证照' : `证照${v.statusName}`;
  const rows: Array<[string, string]> = l
    ? [
        ['证照名称', l.typeName],
        ['持证主体', l.holderName],
        ['证件号码', l.holderId],
        ['发证机关', l.issuerName],
        ['有效期限', l.validUntil ? `${l.validFrom} 至 ${l.validUntil}` : `${l.validFrom} 起长期有效`],
        ['证照标识', l.identifier],
        ['版本', `${l.version}${l.currentVersion !== l.version ? `（当前版本为 ${l.currentVersion}）` : ''}`],
      ]
    : [];
  if (v.statusReason) rows.push(['原因', v.statusReason]);
  if (v.statusSince) rows.push(['状态变更时间', v.statusSince]);
  const permits = v.permits
    ? `<h2>本企业持有的许可证（一照通，实时）</h2>${
        v.permits.length
          ? `<table><tr><th>证照</th><th>发证机关</th><th>有效期至</th><th>状态</th></tr>${v.permits
              .map((p) => `<tr><td>${esc(p.typeName)}</td><td>${esc(p.issuerName)}</td><td>${esc(p.validUntil ?? '长期')}</td><td class="s-${esc(p.status)}">${esc(p.statusName)}</td></tr>`)
              .join('')}</table>`
          : '<p>暂无其他许可证。</p>'
      }`
    : '';
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>电子证照核验 - ${esc(headline)}</title>
<style>
body{font-family:system-ui,"Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0;background:#f5f6f8;color:#222}
main{max-width:640px;margin:0 auto;padding:16px}
.status{background:${colour};color:#fff;border-radius:8px;padding:16px;font-size:20px;font-weight:600}
.sig{margin:8px 0 16px;color:#555;font-size:14px}
table{width:100%;border-collapse:collapse;background:#fff;border-radius:8px;overflow:hidden}
th,td{padding:8px 10px;border-bottom:1px solid #eee;text-align:left;font-size:14px;vertical-align:top;word-break:break-all}
th{color:#666;font-weight:500;width:7em}
h2{font-size:16px;margin:20px 0 8px}.s-valid{color:#1f7a1f}.s-revoked,.s-expired,.s-suspended{color:#b00020}
footer{color:#888;font-size:12px;margin-top:16px}
</style></head>
<body><main>
<div class="status" data-status="${esc(v.status)}">${esc(headline)}</div>
<p class="sig">${v.signatureValid ? '数字签名有效（SM2/SM3，发证机关公钥核验）' : '数字签名无效'} · 核验时间 ${esc(beijingDateTime(v.checkedAt))}（北京时间）</p>
${rows.length ? `<table>${rows.map(([k, val]) => `<tr><th>${esc(k)}</th><td>${esc(val)}</td></tr>`).join('')}</table>` : ''}
${permits}
<footer>离线核验：以 /.well-known/banshi-keys.json 公布的发证机关公钥校验二维码签名；吊销、暂停等状态以本页在线结果为准。</footer>
</main></body></html>`;
}
