import { defineErrors, type CodesOf } from '../core/index.js';

export const FileErrors = defineErrors({
  FILE_EMPTY: { status: 400, zh: '上传的文件为空', en: 'The uploaded file is empty' },
  FILE_MISSING: { status: 400, zh: '请选择要上传的文件', en: 'No file was attached to the request' },
  FILE_TOO_LARGE: { status: 413, zh: '文件过大：{size} 字节，上限 {limit} 字节', en: 'File too large: {size} bytes, limit {limit} bytes' },
  FILE_TYPE_NOT_ALLOWED: {
    status: 415,
    zh: '不支持的文件类型（仅接受 PDF、JPEG、PNG、OFD），检测到：{detected}',
    en: 'File type not allowed (PDF, JPEG, PNG, OFD only); detected: {detected}',
  },
  FILE_NOT_FOUND: { status: 404, zh: '文件不存在或无权访问', en: 'No such file, or not yours' },
});

declare module '../core/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof FileErrors> {}
}
