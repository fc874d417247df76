import { beijingDate, beijingDateTime } from '../core/index.js';
import { createPdf, GREY, RED } from '../documents/index.js';
import type { BillRow } from '../fees/index.js';
import type { OrderRow, ReceiptRow } from './store.js';

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const UNITS = ['', '拾', '佰', '仟', '万', '拾', '佰', '仟', '亿', '拾', '佰', '仟'];

function integerWords(n: number): string {
  if (n === 0) return '零';
  const s = String(n);
  let out = '';
  let zero = false;
  for (let i = 0; i < s.length; i++) {
    const d = Number(s[i]);
    const pos = s.length - 1 - i;
    if (d === 0) {
      zero = true;
      // the 万 and 亿 of a section are written even when its last digit is nought
      if (pos === 4 || pos === 8) out += UNITS[pos]!;
    } else {
      out += (zero && out ? '零' : '') + DIGITS[d]! + UNITS[pos]!;
      zero = false;
    }
  }
  return out.replace('亿万', '亿');
}

/** An amount in 分 as the receipt writes it in capitals: 捌拾元整, 壹佰零伍元伍角. Pure. */
export function capitalYuan(fen: number): string {
  const jiao = Math.floor((fen % 100) / 10);
  const f = fen % 10;
  const words = `${integerWords(Math.floor(fen / 100))}元`;
  if (jiao === 0 && f === 0) return `${words}整`;
  return `${words}${jiao ? `${DIGITS[jiao]}角` : '零'}${f ? `${DIGITS[f]}分` : ''}`;
}

const channelNames = { online: '统一公共支付平台（网上缴费）', cash: '窗口现金缴费', pos: '窗口 POS 刷卡缴费' } as const;

/**
 * 非税收入一般缴款书（电子）: the receipt of one paid bill, its lines with their basis, the total in figures and in
 * capitals, the collecting unit, the payment's way and trade number, and the receipt's code, number and check code.
 */
export async function renderReceiptPdf(r: ReceiptRow, bill: BillRow, order: OrderRow): Promise<Uint8Array> {
  const pdf = await createPdf({ title: `湖南省非税收入一般缴款书（电子）${r.number}`, subject: bill.number, author: '蓝山县财政局', createdAt: r.issued_at, footer: '本票据由湖南省财政电子票据管理系统规范格式生成，可凭票据代码、号码和校验码查验真伪' });
  pdf.heading('湖南省非税收入一般缴款书（电子）', { size: 18, align: 'center', color: RED });
  pdf.paragraph(`票据代码：4311${r.number.slice(2, 4)}01    票据号码：${r.number}    校验码：${r.check_code}`, { size: 10, align: 'center', color: GREY });
  pdf.spacer(6);
  const collectors = [...new Set(bill.lines.map((l) => l.collector))].join('、');
  pdf.keyValueTable([
    ['交款人', bill.payer_name],
    ['开票日期', `${beijingDate(r.issued_at)} ${beijingDateTime(r.issued_at).slice(11)}`],
    ['执收单位', collectors],
    ['办件编号', bill.application_number],
    ['办理事项', bill.item_name],
    ['缴费通知书编号', bill.number],
  ]);
  pdf.heading('收费项目', { size: 13 });
  pdf.keyValueTable(bill.lines.map((l) => [
    l.name,
    `项目编码 ${l.code}；计费 ${l.reckoning}；${l.exemption ? `免收（${l.exemption.name}，依据：${l.exemption.basis}）` : `金额 ${(l.dueFen / 100).toFixed(2)} 元`}；收费依据：${l.legalBasis}`,
  ]));
  pdf.keyValueTable([
    ['金额合计（小写）', `¥${(r.amount_fen / 100).toFixed(2)}`],
    ['金额合计（大写）', capitalYuan(r.amount_fen)],
    ['缴款方式', channelNames[order.channel]],
    [order.channel === 'online' ? '支付平台交易号' : '收款记录', order.trade_no ?? order.reference ?? order.order_no],
    ['收款单位', '蓝山县财政局非税收入汇缴结算户'],
  ]);
  pdf.paragraph('收款单位（电子印章）：蓝山县财政局    复核人：系统自动复核', { size: 10, color: GREY });
  return pdf.save();
}
