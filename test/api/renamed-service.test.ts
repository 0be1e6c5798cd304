import type { Service } from '../../src/domain/network';
import { seedSyntheticNetwork } from '../../src/cli/seed-synthetic';
import { EMAILS, startHarness, type Harness } from './harness';

/**
 * A network role's "My assessments" names most of the network's services from a short-lived list of them all; a
 * service renamed on this instance shows by its new name at once, not when that list next expires.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await seedSyntheticNetwork(h.app.ports.store, 120, h.now.value);
}, 60_000);
afterAll(() => h.close());

interface Listed {
  readonly assessment: { readonly subject: { readonly serviceId?: string } };
  readonly subjectName: string;
}

it("shows a renamed service by its new name in a network role's assessments straight away", async () => {
  const admin = await h.signIn(EMAILS.admin);
  const nameIn = async (serviceId: string) => {
    const res = await admin.get<Listed[]>('/api/v1/assessments?cycleId=cycle-current');
    expect(res.status).toBe(200);
    expect(res.body.length).toBeGreaterThan(120);
    return res.body.find((i) => i.assessment.subject.serviceId === serviceId)?.subjectName;
  };
  const service = (await admin.get<Service[]>('/api/v1/services')).body.find((s) => s.id.startsWith('syn-svc-'));
  if (!service) throw new Error('no synthetic service');
  expect(await nameIn(service.id)).toBe(service.name);

  const { id, version, ...fields } = service;
  const renamed = await admin.send('PUT', `/api/v1/services/${id}`, {
    ...fields,
    version,
    name: 'Perinatal liaison service',
  });
  expect(renamed.status).toBe(200);
  expect(await nameIn(id)).toBe('Perinatal liaison service');
});
