import { z } from 'zod';

/** Response shapes of the in-platform messages: the server serializes through them. */
export const MessageListResponse = z.object({
  items: z.array(
    z
      .object({
        id: z.string(),
        title: z.string(),
        body: z.string(),
        link: z.string().nullable().describe('the page of the platform the message is about'),
        createdAt: z.string().describe('ISO 8601 instant'),
        read: z.boolean(),
      })
      .meta({ id: 'Message' }),
  ),
});

export const MarkedReadResponse = z.object({ ok: z.boolean() });
