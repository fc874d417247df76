/** A message in both languages: [zh-CN, en]. `{name}` placeholders are filled from params. */
export type Pair = readonly [zh: string, en: string];
