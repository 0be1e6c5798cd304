import type { ConversationRecord } from '../../src/domain/conversation';
import { exportQuestionnaireJson } from '../../src/domain/questionnaires/questionnaire-json';
import { STARTER_QUESTIONNAIRES } from '../../src/domain/questionnaires/starter-questionnaires';
import { EMAILS, type Client, type Harness } from '../api/harness';

const COAST_ASSESSMENT = 'a-cur-svc-slam-coast';

/**
 * The set-up the channel tests share: the admin imports the starter staff questionnaire, the COAST lead opens a run
 * of it closing at `closesAt`, and the lead has added the app to the service's team channel (the bot keeps the
 * channel's reference, bound to COAST, in `tenantId`, reached at the fake connector's `serviceUrl`).
 */
export async function openStaffRunInCoastChannel(
  h: Harness,
  channel: { readonly id: string; readonly tenantId: string; readonly serviceUrl: string },
  closesAt: string,
): Promise<{ lead: Client; runId: string }> {
  const admin = await h.signIn(EMAILS.admin);
  const imported = await admin.send<{ id: string }>('POST', '/api/v1/questionnaires/import', {
    format: 'json',
    content: exportQuestionnaireJson(STARTER_QUESTIONNAIRES[0]!),
    frameworkId: 'fw-mind-body-v1',
  });
  const lead = await h.signIn(EMAILS.coastLead);
  const opened = await lead.send<{ run: { id: string } }>(
    'POST',
    `/api/v1/assessments/${COAST_ASSESSMENT}/questionnaire-runs`,
    { questionnaireId: imported.body.id, closesAt },
  );
  const record: ConversationRecord = {
    id: `team:${channel.id}`,
    version: 0,
    scope: 'team',
    personId: null,
    tenantId: channel.tenantId,
    objectId: null,
    serviceId: 'svc-slam-coast',
    reference: {
      serviceUrl: channel.serviceUrl,
      channelId: 'msteams',
      conversation: { id: channel.id, tenantId: channel.tenantId },
    },
    status: 'active',
    updatedAt: '2026-11-26T09:00:00.000Z',
  };
  await h.app.ports.store.commit({ actorId: 'test', at: '2026-11-26T09:00:00.000Z' }, [
    { op: 'put', kind: 'conversation', value: record, expectedVersion: 0 },
  ]);
  return { lead, runId: opened.body.run.id };
}
