import { applicableStandards } from '../domain/applicability';
import { withSummaries } from './seed-summaries';
import { responseId, type Assessment, type Rating, type StandardResponse } from '../domain/assessment';
import type { Organisation, Person, RoleAssignment, Service } from '../domain/network';
import type { Change, EntityKind, EntityMap, PutChange, Store } from '../services/ports';
import { DEMO_CURRENT_CYCLE_ID, DEMO_FRAMEWORK_ID } from './seed-demo';
import { demoGuid, seededRandom } from './seed-random';

const SERVICES_PER_ORGANISATION = 10;
const BATCH = 25;
const RATINGS: readonly Rating[] = ['met', 'met', 'met', 'partly_met', 'partly_met', 'not_met', 'not_applicable'];

function put<K extends EntityKind>(kind: K, value: EntityMap[K]): PutChange<K> {
  return { op: 'put', kind, value, expectedVersion: 0 };
}

export interface SyntheticProgress {
  readonly done: number;
  readonly total: number;
}

/**
 * Adds `services` synthetic services (10 per synthetic trust, one service lead each) with part-done assessments
 * in the demo's current cycle, for benchmarks. Needs the demo network (framework and cycle) to exist. Services
 * already there are kept, so running it twice tops up to the number asked for.
 */
export async function seedSyntheticNetwork(
  target: Store,
  services: number,
  now: Date,
  onProgress: (p: SyntheticProgress) => void = () => {},
): Promise<{ added: number }> {
  // Seeded assessments get their summaries in the same commits, as saves in the app do.
  const store = withSummaries(target);
  const framework = await store.get('framework', DEMO_FRAMEWORK_ID);
  const cycle = await store.get('cycle', DEMO_CURRENT_CYCLE_ID);
  if (!framework || !cycle) throw new Error('Seed the demo network first (start the app once, or run `npm run seed`).');
  const existing = new Set(
    (await store.query('service', {})).filter((s) => s.id.startsWith('syn-svc-')).map((s) => s.id),
  );
  const standards = applicableStandards(framework, 'service');
  const random = seededRandom(services);
  const at = now.toISOString();
  const context = { actorId: 'system:seed', at };
  let added = 0;
  for (let start = 0; start < services; start += BATCH) {
    const changes: Change[] = [];
    for (let i = start; i < Math.min(services, start + BATCH); i++) {
      const serviceId = `syn-svc-${i}`;
      if (existing.has(serviceId)) continue;
      const orgIndex = Math.floor(i / SERVICES_PER_ORGANISATION);
      const organisationId = `syn-org-${orgIndex}`;
      if (i % SERVICES_PER_ORGANISATION === 0 || i === start) {
        const org: Organisation = {
          id: organisationId,
          version: 0,
          name: `Synthetic NHS Trust ${orgIndex + 1}`,
          shortName: `SYN${orgIndex + 1}`,
          tenantId: demoGuid(`tenant:${organisationId}`),
        };
        if (!(await store.get('organisation', organisationId))) changes.push(put('organisation', org));
      }
      const service: Service = {
        id: serviceId,
        version: 0,
        organisationId,
        name: `Synthetic service ${i + 1}`,
        description: 'Generated for benchmarks.',
        population: 'A generated local population.',
      };
      const lead: Person = {
        id: `syn-p-${i}`,
        version: 0,
        displayName: `Synthetic Lead ${i + 1}`,
        email: `lead${i + 1}@syn${orgIndex + 1}.nhs.example`,
        organisationId,
        jobTitle: 'Service lead',
        profession: i % 2 === 0 ? 'mental_health' : 'physical_health',
        tenantId: demoGuid(`tenant:${organisationId}`),
        objectId: demoGuid(`person:syn-p-${i}`),
      };
      const role: RoleAssignment = {
        id: `syn-ra-${i}`,
        version: 0,
        personId: lead.id,
        role: 'service_lead',
        scope: { kind: 'service', serviceId },
      };
      const assessmentId = `syn-a-${i}`;
      const assessment: Assessment = {
        id: assessmentId,
        version: 0,
        cycleId: cycle.id,
        frameworkVersionId: framework.id,
        subject: { kind: 'service', serviceId, organisationId },
        state: 'in_progress',
        submittedAt: null,
        createdAt: at,
        updatedAt: at,
      };
      const ratedShare = random();
      const responses = standards.map((s): StandardResponse => {
        const rating = random() < ratedShare ? (RATINGS[Math.floor(random() * RATINGS.length)] ?? 'met') : null;
        return {
          id: responseId(assessmentId, s.code),
          version: 0,
          assessmentId,
          cycleId: cycle.id,
          standardCode: s.code,
          rating,
          naReason: rating === 'not_applicable' ? 'Provided by a partner service.' : '',
          narrative: rating ? 'Generated narrative.' : '',
          evidenceIds: [],
          assigneeId: null,
          updatedBy: rating ? lead.id : null,
          updatedAt: rating ? at : null,
        };
      });
      changes.push(
        put('service', service),
        put('person', lead),
        put('roleAssignment', role),
        put('assessment', assessment),
      );
      changes.push(...responses.map((r) => put('response', r)));
      added++;
    }
    if (changes.length > 0) await store.commit(context, changes);
    onProgress({ done: Math.min(services, start + BATCH), total: services });
  }
  return { added };
}
