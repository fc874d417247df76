import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, errors, IsoDateString, shanghaiDateOf, type AppDeps } from '../../core/index.js';
import { hasRole, requireActor, type Actor } from '../../identity/index.js';
import { grantAuthorisation, revokeAuthorisation } from '../agent-authorisations.js';
import { authorisationState, authorisationStateNames } from '../authorisation-rules.js';
import { AgentAuthorisationListResponse, AgentAuthorisationResponse, FilingsOnBehalfResponse } from '../responses.js';
import { applicationStatusNames, type ApplicationStatus } from '../state.js';
import * as store from '../store/authorisations.js';

const tags = ['authorisations'];
const Code = z.string().trim().min(1).max(64);

function presentAuthorisation(a: store.AuthorisationRow, actor: Actor, today: string) {
  const state = authorisationState(a, today);
  return {
    id: a.id,
    role: a.principal_user_id === actor.userId ? ('principal' as const) : ('agent' as const),
    principalName: a.principal_org_name ? `${a.principal_name}（${a.principal_org_name}）` : a.principal_name,
    agentName: a.agent_name,
    agentKindName: a.agent_kind === 'staff' ? '帮代办员' : '个人',
    scope: a.scope,
    validFrom: a.valid_from,
    validUntil: a.valid_until,
    state,
    stateName: authorisationStateNames[state],
    grantedAt: a.granted_at.toISOString(),
    revokedAt: a.revoked_at?.toISOString() ?? null,
  };
}

export function authorisationRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const today = () => shanghaiDateOf(deps.clock.now());

  r.get('/api/v1/authorisations', { schema: { tags, summary: '帮代办授权：我给出的和我收到的', response: { 200: AgentAuthorisationListResponse, ...errors } } }, async (req) => {
    const actor = requireActor(req);
    const rows = await store.authorisationsOf(deps.db, actor.userId);
    return { items: rows.map((a) => presentAuthorisation(a, actor, today())) };
  });

  r.post('/api/v1/authorisations', {
    schema: {
      tags,
      summary: '授权他人代办：帮代办员或已注册的个人，指定事项或“一件事”和期限',
      body: z.strictObject({
        agent: z.string().trim().min(1).max(64).describe('代办人：帮代办员的用户名，或个人用户的手机号码'),
        itemCodes: z.array(Code).max(50).default([]),
        bundleCodes: z.array(Code).max(20).default([]),
        validFrom: IsoDateString.nullish(),
        validUntil: IsoDateString,
      }),
      response: { 201: AgentAuthorisationResponse, ...errors },
    },
  }, async (req, reply) => {
    const actor = requireActor(req);
    const a = await grantAuthorisation(deps, actor, req.body);
    reply.status(201);
    return presentAuthorisation(a, actor, today());
  });

  r.post('/api/v1/authorisations/:id/revoke', { schema: { tags, summary: '撤销授权（此前已提交的办件不受影响）', params: z.object({ id: z.uuid() }), response: { 200: AgentAuthorisationResponse, ...errors } } }, async (req) => {
    const actor = requireActor(req);
    return presentAuthorisation(await revokeAuthorisation(deps, actor, req.params.id), actor, today());
  });

  r.get('/api/v1/authorisations/filings', { schema: { tags, summary: '他人代我提交的全部办件', response: { 200: FilingsOnBehalfResponse, ...errors } } }, async (req) => {
    const actor = requireActor(req);
    if (actor.kind === 'staff' || !hasRole(actor, 'applicant')) throw new AppError('FORBIDDEN');
    const rows = await store.filingsOnBehalfOf(deps.db, actor.userId);
    return {
      items: rows.map((x) => ({
        id: x.id,
        number: x.number,
        title: x.title,
        status: x.status as ApplicationStatus,
        statusName: applicationStatusNames[x.status as ApplicationStatus],
        agentName: x.agent_name,
        authorisationId: x.authorisation_id,
        submittedAt: (x.submitted_at ?? x.created_at).toISOString(),
      })),
    };
  });
}
