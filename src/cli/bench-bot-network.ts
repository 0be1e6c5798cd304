import { applicableStandards } from '../domain/applicability';
import { responseId, type Assessment, type StandardResponse } from '../domain/assessment';
import type { ConversationRecord } from '../domain/conversation';
import type { Cycle } from '../domain/cycle';
import type { FrameworkVersion } from '../domain/framework';
import type { Organisation, Person, RoleAssignment, Service } from '../domain/network';
import { STARTER_FRAMEWORK } from '../domain/starter-framework';
import type { Change, EntityKind, EntityMap, PutChange, Store } from '../services/ports';
import { currentCycleWindows } from './seed-demo';
import { seededRandom } from './seed-random';

/**
 * A synthetic network for the bot bench: `services` services of `perService` people each (one service lead, the
 * rest contributors), every person with the app installed, standards assigned round-robin and half of them rated.
 */
export interface BenchNetworkSize {
  readonly services: number;
  readonly perService: number;
  readonly servicesPerOrganisation: number;
}

const AT = '2026-11-26T09:00:00.000Z';
const CHANGES_PER_COMMIT = 4_000;

function put<K extends EntityKind>(kind: K, value: EntityMap[K]): PutChange<K> {
  return { op: 'put', kind, value, expectedVersion: 0 };
}

async function commitAll(store: Store, changes: readonly Change[]): Promise<void> {
  for (let i = 0; i < changes.length; i += CHANGES_PER_COMMIT) {
    await store.commit({ actorId: 'system:bench', at: AT }, changes.slice(i, i + CHANGES_PER_COMMIT));
  }
}

export async function seedBenchNetwork(store: Store, now: Date, size: BenchNetworkSize): Promise<{ people: number }> {
  const random = seededRandom(4242);
  const framework: FrameworkVersion = {
    ...STARTER_FRAMEWORK,
    id: 'fw-bench',
    version: 0,
    status: 'published',
    createdAt: AT,
  };
  const cycle: Cycle = {
    id: 'cycle-bench',
    version: 0,
    name: 'Bench cycle',
    frameworkVersionId: framework.id,
    windows: currentCycleWindows(now),
    createdAt: AT,
  };
  const standards = applicableStandards(framework, 'service');
  const changes: Change[] = [put('framework', framework), put('cycle', cycle)];
  let people = 0;
  for (let s = 0; s < size.services; s += 1) {
    const orgId = `org-${Math.floor(s / size.servicesPerOrganisation)}`;
    if (s % size.servicesPerOrganisation === 0) {
      const org: Organisation = {
        id: orgId,
        version: 0,
        name: `Trust ${orgId}`,
        shortName: orgId,
        tenantId: `tenant-${orgId}`,
      };
      changes.push(put('organisation', org));
    }
    const service: Service = {
      id: `svc-${s}`,
      version: 0,
      organisationId: orgId,
      name: `Service ${s}`,
      description: '',
      population: '',
    };
    changes.push(put('service', service));
    const members: string[] = [];
    for (let p = 0; p < size.perService; p += 1) {
      const id = `p-${s}-${p}`;
      members.push(id);
      const person: Person = {
        id,
        version: 0,
        displayName: `Person ${s}-${p}`,
        email: `${id}@bench.nhs.example`,
        organisationId: orgId,
        jobTitle: 'Clinician',
        profession: 'other',
        tenantId: `tenant-${orgId}`,
        objectId: `oid-${id}`,
      };
      const role: RoleAssignment = {
        id: `ra-${id}`,
        version: 0,
        personId: id,
        role: p === 0 ? 'service_lead' : 'contributor',
        scope: { kind: 'service', serviceId: service.id },
      };
      const conversation: ConversationRecord = {
        id: `personal:${person.tenantId}:${person.objectId}`,
        version: 0,
        scope: 'personal',
        personId: id,
        tenantId: person.tenantId ?? '',
        objectId: person.objectId,
        serviceId: null,
        reference: { serviceUrl: 'https://smba.example/', conversation: { id: `a:${id}` }, user: { id: `29:${id}` } },
        status: 'active',
        updatedAt: AT,
      };
      changes.push(put('person', person), put('roleAssignment', role), put('conversation', conversation));
      people += 1;
    }
    const assessment: Assessment = {
      id: `a-${s}`,
      version: 0,
      cycleId: cycle.id,
      frameworkVersionId: framework.id,
      subject: { kind: 'service', serviceId: service.id, organisationId: orgId },
      state: 'in_progress',
      submittedAt: null,
      createdAt: AT,
      updatedAt: AT,
    };
    changes.push(put('assessment', assessment));
    const contributors = members.slice(1);
    standards.forEach((standard, i) => {
      const rated = random() < 0.5;
      const response: StandardResponse = {
        id: responseId(assessment.id, standard.code),
        version: 0,
        assessmentId: assessment.id,
        cycleId: cycle.id,
        standardCode: standard.code,
        rating: rated ? 'met' : null,
        naReason: '',
        narrative: rated ? 'Bench narrative.' : '',
        evidenceIds: [],
        assigneeId: contributors.length > 0 ? (contributors[i % contributors.length] ?? null) : null,
        updatedBy: null,
        updatedAt: null,
      };
      changes.push(put('response', response));
    });
  }
  await commitAll(store, changes);
  return { people };
}
