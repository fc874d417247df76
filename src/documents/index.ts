/** Shared PDF and QR kit: an embedded, subset CJK TrueType font (text extractable), flowing layout, vector QR codes. */
export { createPdf, PdfBuilder, A4, A4_LANDSCAPE, GREY, RED, type PdfOptions, type TextStyle, type Align } from './pdf.js';
export { wrapText, type Measure } from './wrap.js';
export { renderQrSvg, renderQrPng, qrMatrix, type QrOptions, type QrErrorLevel } from './qr.js';
export { rgb } from 'pdf-lib';
