import { z } from 'zod';

/** The answers of catalog search, 高频事项 and the search synonyms. */
export const SearchResponse = z.object({
  items: z.array(
    z.object({
      subject: z.enum(['item', 'bundle']).describe('item 事项 · bundle 一件事'),
      code: z.string(),
      name: z.string(),
      versionId: z.string(),
      score: z.number().describe('名称 100、关键词 10、部门 1，逐词相加'),
      uses: z.number().describe('已提交的办件数（事项按子件、一件事按办件）'),
      via: z.string().nullable().describe('经由哪个同义词找到（如“开饭店”），直接找到的为 null'),
      department: z.object({ id: z.string(), code: z.string(), name: z.string() }).nullable(),
      kindName: z.string().nullable(),
    }),
  ),
});

export const PopularResponse = z.object({
  items: z.array(z.object({ subject: z.enum(['item', 'bundle']), code: z.string(), name: z.string(), uses: z.number() })),
});

export const Synonym = z.object({ term: z.string(), target: z.string(), updatedAt: z.string() });
export const SynonymListResponse = z.object({ items: z.array(Synonym) });
