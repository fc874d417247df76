import http from 'node:http';
import { randomUUID } from 'node:crypto';
import QRCode from 'qrcode';
import { signMessage, verifyMessage, type Message, type StatementLine } from '../protocol.js';

/**
 * 统一公共支付平台（沙箱）: a payment platform of its own, in its own process, speaking the same signed protocol as the
 * real one. A citizen opens the order's page (or scans its QR code) and confirms; the platform then sends the signed
 * asynchronous notification to the merchant and sends the browser back to the merchant's return address.
 * Its clock follows the merchant's (the `timestamp` of each signed request), so that statements fall on the days the
 * merchant's clock says. `/sandbox/…` lets tests pay, hold, repeat or forge notifications and plant statement lines.
 */
interface Order {
  merchantId: string;
  orderNo: string;
  platformOrderNo: string;
  amount: number;
  subject: string;
  notifyUrl: string;
  returnUrl: string;
  status: 'UNPAID' | 'PAID' | 'CLOSED';
  tradeNo: string | null;
  paidAt: string | null;
  refund: { refundNo: string; amount: number; at: string } | null;
}

export interface SandboxOptions {
  port?: number;
  host?: string;
  platformPrivateKey: string;
  platformPublicKey: string;
  merchantId: string;
  merchantPublicKey: string;
  /** where the browser reaches the sandbox (pay pages, QR codes) */
  publicUrl?: string;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const yuan = (fen: number) => `${(fen / 100).toFixed(2)} 元`;

export async function startSandbox(o: SandboxOptions): Promise<{ url: string; close(): Promise<void> }> {
  const orders = new Map<string, Order>();
  const byPlatformNo = new Map<string, Order>();
  const planted: StatementLine[] = [];
  const sent: Array<{ orderNo: string; status: number | null }> = [];
  let skew = 0;
  const now = () => new Date(Date.now() + skew);
  let base = '';

  const sign = (m: Message) => signMessage(m, o.platformPrivateKey, o.platformPublicKey);

  async function notify(order: Order, body?: Message): Promise<number | null> {
    const message = body ?? sign({ merchantId: order.merchantId, orderNo: order.orderNo, tradeNo: order.tradeNo!, amount: order.amount, status: 'PAID', paidAt: order.paidAt!, notifyId: randomUUID(), timestamp: now().toISOString() });
    try {
      const res = await fetch(order.notifyUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(message) });
      sent.push({ orderNo: order.orderNo, status: res.status });
      const answer = (await res.json().catch(() => ({}))) as { code?: string };
      return answer.code === 'SUCCESS' ? res.status : null;
    } catch {
      sent.push({ orderNo: order.orderNo, status: null });
      return null;
    }
  }

  /** Notifies until the merchant answers SUCCESS, a few times, as platforms do. */
  async function notifyWithRetries(order: Order): Promise<void> {
    for (let attempt = 0; attempt < 4; attempt++) {
      if ((await notify(order)) !== null) return;
      await new Promise((r) => setTimeout(r, 500 * 2 ** attempt));
    }
  }

  function pay(order: Order): void {
    if (order.status !== 'UNPAID') return;
    order.status = 'PAID';
    order.tradeNo = `T${now().toISOString().slice(0, 10).replace(/-/g, '')}${randomUUID().replace(/-/g, '').slice(0, 12).toUpperCase()}`;
    order.paidAt = now().toISOString();
  }

  const readBody = (req: http.IncomingMessage) => new Promise<string>((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (c) => { data += c; if (data.length > 1e6) req.destroy(); });
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });

  const json = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  };

  /** A signed merchant request: verified, and its timestamp sets the sandbox clock. */
  async function merchantRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<Record<string, unknown> | null> {
    let m: Record<string, unknown>;
    try {
      m = JSON.parse(await readBody(req)) as Record<string, unknown>;
    } catch {
      json(res, 400, sign({ code: 'FAIL', message: '请求不是 JSON' }));
      return null;
    }
    if (m.merchantId !== o.merchantId || !verifyMessage(m, o.merchantPublicKey)) {
      json(res, 401, sign({ code: 'FAIL', message: '商户签名验证失败' }));
      return null;
    }
    const t = Date.parse(String(m.timestamp ?? ''));
    if (Number.isFinite(t)) skew = t - Date.now();
    return m;
  }

  function payPage(order: Order, qr: string): string {
    const paid = order.status === 'PAID';
    return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>统一公共支付平台（沙箱）</title><link rel="icon" href="data:,">
<style>body{font-family:system-ui,"Noto Sans SC",sans-serif;max-width:420px;margin:24px auto;padding:0 16px;color:#222}h1{font-size:20px}.amount{font-size:32px;color:#c0392b;margin:12px 0}
button{font-size:18px;padding:12px 0;width:100%;background:#1677ff;color:#fff;border:0;border-radius:6px}dl{display:grid;grid-template-columns:6em 1fr;gap:6px}dt{color:#666}.note{color:#666;font-size:13px}</style></head>
<body><h1>统一公共支付平台（沙箱）</h1><p class="note">本页面为演示与测试用的支付平台沙箱，不发生真实扣款。</p>
<div class="amount">${esc(yuan(order.amount))}</div>
<dl><dt>缴费项目</dt><dd>${esc(order.subject)}</dd><dt>订单号</dt><dd>${esc(order.orderNo)}</dd><dt>状态</dt><dd>${paid ? '已支付' : order.status === 'CLOSED' ? '已关闭' : '待支付'}</dd></dl>
${paid ? `<p><a href="${esc(order.returnUrl)}">返回办事平台</a></p>` : order.status === 'UNPAID' ? `<form method="post" action="/pay/${esc(order.platformOrderNo)}/confirm"><button type="submit">确认支付</button></form>` : ''}
<p class="note">手机扫码支付：</p>${qr}</body></html>`;
  }

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    const path = url.pathname;
    try {
      if (req.method === 'POST' && path === '/gateway/orders') {
        const m = await merchantRequest(req, res);
        if (!m) return;
        const amount = Number(m.amount);
        if (!Number.isInteger(amount) || amount <= 0 || !m.orderNo || !m.notifyUrl || !m.returnUrl) return json(res, 400, sign({ code: 'FAIL', message: '订单参数不完整' }));
        const existing = orders.get(String(m.orderNo));
        if (existing) return json(res, 409, sign({ code: 'FAIL', message: '订单号重复' }));
        const order: Order = {
          merchantId: o.merchantId, orderNo: String(m.orderNo), platformOrderNo: `P${randomUUID().replace(/-/g, '').slice(0, 20).toUpperCase()}`, amount, subject: String(m.subject ?? ''),
          notifyUrl: String(m.notifyUrl), returnUrl: String(m.returnUrl), status: 'UNPAID', tradeNo: null, paidAt: null, refund: null,
        };
        orders.set(order.orderNo, order);
        byPlatformNo.set(order.platformOrderNo, order);
        const payUrl = `${base}/pay/${order.platformOrderNo}`;
        return json(res, 200, sign({ code: 'SUCCESS', orderNo: order.orderNo, platformOrderNo: order.platformOrderNo, payUrl, qrContent: payUrl }));
      }
      if (req.method === 'POST' && path === '/gateway/orders/query') {
        const m = await merchantRequest(req, res);
        if (!m) return;
        const order = orders.get(String(m.orderNo));
        if (!order) return json(res, 404, sign({ code: 'FAIL', message: '订单不存在' }));
        return json(res, 200, sign({ code: 'SUCCESS', orderNo: order.orderNo, status: order.status, amount: order.amount, tradeNo: order.tradeNo ?? '', paidAt: order.paidAt ?? '' }));
      }
      if (req.method === 'POST' && path === '/gateway/refunds') {
        const m = await merchantRequest(req, res);
        if (!m) return;
        const order = orders.get(String(m.orderNo));
        const amount = Number(m.amount);
        if (!order || order.status !== 'PAID') return json(res, 409, sign({ code: 'FAIL', message: '订单未支付，不能退款' }));
        if (order.refund) return json(res, 200, sign({ code: 'SUCCESS', refundNo: order.refund.refundNo, amount: order.refund.amount }));
        if (amount !== order.amount) return json(res, 400, sign({ code: 'FAIL', message: '退款金额与支付金额不符' }));
        order.refund = { refundNo: String(m.refundNo), amount, at: now().toISOString() };
        return json(res, 200, sign({ code: 'SUCCESS', refundNo: order.refund.refundNo, amount }));
      }
      if (req.method === 'POST' && path === '/gateway/statements') {
        const m = await merchantRequest(req, res);
        if (!m) return;
        const day = String(m.day);
        const onDay = (iso: string | null) => !!iso && new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 10) === day;
        const lines: StatementLine[] = [];
        for (const x of orders.values()) {
          if (x.status === 'PAID' && onDay(x.paidAt)) lines.push({ orderNo: x.orderNo, tradeNo: x.tradeNo!, kind: 'pay', amount: x.amount, at: x.paidAt! });
          if (x.refund && onDay(x.refund.at)) lines.push({ orderNo: x.orderNo, tradeNo: x.tradeNo!, kind: 'refund', amount: x.refund.amount, at: x.refund.at });
        }
        lines.push(...planted.filter((l) => onDay(l.at)));
        return json(res, 200, sign({ code: 'SUCCESS', day, count: lines.length, lines: JSON.stringify(lines) }));
      }
      const page = /^\/pay\/([A-Z0-9]+)(\/confirm)?$/.exec(path);
      if (page) {
        const order = byPlatformNo.get(page[1]!);
        if (!order) { res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }); return res.end('订单不存在'); }
        if (req.method === 'POST' && page[2]) {
          pay(order);
          // the notification goes first; the browser is sent back whatever the merchant answered
          await notify(order).then((ok) => (ok === null ? notifyWithRetries(order) : undefined));
          res.writeHead(303, { location: order.returnUrl });
          return res.end();
        }
        const qr = await QRCode.toString(`${base}/pay/${order.platformOrderNo}`, { type: 'svg', margin: 1, width: 200 });
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return res.end(payPage(order, qr));
      }
      // ---- test controls ----------------------------------------------------------------------------------------
      const control = /^\/sandbox\/orders\/([^/]+)\/(pay|notify|forge)$/.exec(path);
      if (req.method === 'POST' && control) {
        const order = orders.get(decodeURIComponent(control[1]!));
        if (!order) return json(res, 404, { code: 'FAIL', message: '订单不存在' });
        const opts = JSON.parse((await readBody(req)) || '{}') as { notify?: boolean; amount?: number };
        if (control[2] === 'pay') {
          pay(order);
          const status = opts.notify === false ? null : await notify(order);
          return json(res, 200, { code: 'SUCCESS', tradeNo: order.tradeNo, notified: status });
        }
        if (control[2] === 'notify') return json(res, 200, { code: 'SUCCESS', notified: await notify(order) });
        // a notification not signed by the platform (or signed, then altered): the merchant must ignore it
        const real = sign({ merchantId: order.merchantId, orderNo: order.orderNo, tradeNo: order.tradeNo ?? 'TFORGED', amount: order.amount, status: 'PAID', paidAt: now().toISOString(), notifyId: randomUUID(), timestamp: now().toISOString() });
        return json(res, 200, { code: 'SUCCESS', notified: await notify(order, { ...real, amount: opts.amount ?? 1 }) });
      }
      if (req.method === 'POST' && path === '/sandbox/statement-lines') {
        const line = JSON.parse(await readBody(req)) as StatementLine;
        planted.push(line);
        return json(res, 200, { code: 'SUCCESS' });
      }
      if (req.method === 'GET' && path === '/sandbox/notifications') return json(res, 200, { sent });
      if (req.method === 'GET' && path === '/health') return json(res, 200, { code: 'SUCCESS' });
      json(res, 404, { code: 'FAIL', message: '无此接口' });
    } catch (e) {
      json(res, 500, { code: 'FAIL', message: (e as Error).message });
    }
  });
  await new Promise<void>((resolve) => server.listen(o.port ?? 0, o.host ?? '127.0.0.1', resolve));
  const addr = server.address() as { port: number };
  base = o.publicUrl ?? `http://${o.host ?? '127.0.0.1'}:${addr.port}`;
  return { url: base, close: () => new Promise<void>((r) => server.close(() => r())) };
}
