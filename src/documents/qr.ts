import QRCode from 'qrcode';

export type QrErrorLevel = 'L' | 'M' | 'Q' | 'H';

export interface QrOptions {
  /** Error correction: M by default; a payload printed on paper that may get scuffed can ask for Q. */
  errorCorrectionLevel?: QrErrorLevel;
  /** Quiet zone in modules (the standard asks for 4). */
  margin?: number;
}

/** The module matrix of a QR code, row by row (true = dark), for drawing it as vectors. */
export function qrMatrix(text: string, options: QrOptions = {}): boolean[][] {
  const qr = QRCode.create(text, { errorCorrectionLevel: options.errorCorrectionLevel ?? 'M' });
  const size = qr.modules.size;
  const rows: boolean[][] = [];
  for (let r = 0; r < size; r++) {
    const row: boolean[] = [];
    for (let c = 0; c < size; c++) row.push(qr.modules.get(r, c) === 1);
    rows.push(row);
  }
  return rows;
}

export async function renderQrSvg(text: string, options: QrOptions & { width?: number } = {}): Promise<string> {
  return QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: options.errorCorrectionLevel ?? 'M',
    margin: options.margin ?? 4,
    width: options.width,
  });
}

export async function renderQrPng(text: string, options: QrOptions & { width?: number } = {}): Promise<Buffer> {
  return QRCode.toBuffer(text, {
    type: 'png',
    errorCorrectionLevel: options.errorCorrectionLevel ?? 'M',
    margin: options.margin ?? 4,
    width: options.width ?? 256,
  });
}
