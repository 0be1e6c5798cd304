import { claimsCsv, claimsWorkbook, type ClaimForFinance } from '../../domain/claims-csv';
import { DomainError } from '../../domain/errors';
import type { Person } from '../../domain/network';
import {
  moveClaim,
  validateClaim,
  type ClaimActivity,
  type ClaimStatus,
  type ExpenseLine,
  type ReviewerClaim,
} from '../../domain/reviewer-claim';
import { authorize, type Principal } from '../access-policy';
import { commitContext, putOne, today, type Ports } from '../context';
import { NotFoundError } from '../errors';
import { permission, type Permissions } from '../permission';

/** A review a person can claim for: one they are on the team of. */
export interface ClaimableReview {
  readonly assessmentId: string;
  readonly name: string;
}

export interface ClaimView extends ReviewerClaim {
  readonly personName: string;
  readonly reviewName: string;
}

export type ClaimAct = 'record' | 'manage';

export interface ClaimsPage {
  readonly claims: readonly ClaimView[];
  /** The reviews the signed-in person may claim for (empty for the network team). */
  readonly reviews: readonly ClaimableReview[];
  readonly allowed: Permissions<ClaimAct>;
}

export interface ClaimInput {
  readonly assessmentId: string | null;
  readonly date: string;
  readonly hours: number;
  readonly activity: ClaimActivity;
  readonly expenses: readonly ExpenseLine[];
}

/** What the signed-in person may do with claims, and why not (the tab shows the page and links from this). */
export function claimPermissions(principal: Principal): Permissions<ClaimAct> {
  return { record: permission(principal, 'claim.record', {}), manage: permission(principal, 'claim.manage', {}) };
}

async function reviewNames(ports: Ports, assessmentIds: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(assessmentIds)];
  const assessments = await ports.store.getMany('assessment', unique);
  const serviceIds = assessments.flatMap((a) => (a.subject.kind === 'service' ? [a.subject.serviceId] : []));
  const [services, organisations] = await Promise.all([
    ports.store.getMany('service', serviceIds),
    ports.store.getMany(
      'organisation',
      assessments.map((a) => a.subject.organisationId),
    ),
  ]);
  const serviceName = new Map(services.map((s) => [s.id, s.name]));
  const orgName = new Map(organisations.map((o) => [o.id, o.shortName]));
  return new Map(
    assessments.map((a) => {
      const org = orgName.get(a.subject.organisationId) ?? '';
      const name = a.subject.kind === 'service' ? (serviceName.get(a.subject.serviceId) ?? '') : 'Whole organisation';
      return [a.id, org ? `${name} (${org})` : name];
    }),
  );
}

async function reviewsOf(ports: Ports, principal: Principal): Promise<ClaimableReview[]> {
  const ids = principal.roles.flatMap((r) =>
    r.scope.kind === 'review' && r.role === 'expert_by_experience' ? [r.scope.assessmentId] : [],
  );
  const names = await reviewNames(ports, ids);
  return [...names].map(([assessmentId, name]) => ({ assessmentId, name }));
}

async function withNames(ports: Ports, claims: readonly ReviewerClaim[]): Promise<ClaimView[]> {
  const [people, names] = await Promise.all([
    ports.store.getMany('person', [...new Set(claims.map((c) => c.personId))]),
    reviewNames(
      ports,
      claims.flatMap((c) => (c.assessmentId ? [c.assessmentId] : [])),
    ),
  ]);
  const personName = new Map(people.map((p) => [p.id, p.displayName]));
  return [...claims]
    .sort((a, b) => b.date.localeCompare(a.date) || b.submittedAt.localeCompare(a.submittedAt))
    .map((c) => ({
      ...c,
      personName: personName.get(c.personId) ?? 'Unknown person',
      reviewName: c.assessmentId ? (names.get(c.assessmentId) ?? '') : '',
    }));
}

/**
 * The claims page: the signed-in person's own claims, or everyone's for the network team. `everyone` asks for
 * the second and needs claim.manage.
 */
export async function claimsPage(ports: Ports, principal: Principal, everyone: boolean): Promise<ClaimsPage> {
  const allowed = claimPermissions(principal);
  if (everyone) authorize(principal, 'claim.manage');
  else authorize(principal, 'claim.record');
  const claims = everyone
    ? await ports.store.query('reviewerClaim', {})
    : await ports.store.query('reviewerClaim', { personId: principal.person.id });
  return { claims: await withNames(ports, claims), reviews: await reviewsOf(ports, principal), allowed };
}

/** An expert by experience records a day's time and expenses; it waits for the network team's approval. */
export async function recordClaim(ports: Ports, principal: Principal, input: ClaimInput): Promise<ReviewerClaim> {
  authorize(principal, 'claim.record');
  validateClaim(input, today(ports));
  if (input.assessmentId !== null) {
    const mine = await reviewsOf(ports, principal);
    if (!mine.some((r) => r.assessmentId === input.assessmentId)) {
      throw new DomainError(
        'invalid_claim',
        'You can claim only for a review you are on. Choose one of your reviews, or "Training".',
        'assessmentId',
      );
    }
  }
  const claim: ReviewerClaim = {
    id: ports.ids.newId(),
    version: 0,
    personId: principal.person.id,
    assessmentId: input.activity === 'training' ? null : input.assessmentId,
    date: input.date,
    hours: input.hours,
    activity: input.activity,
    expenses: input.expenses.map((e) => ({ ...e, note: e.note.trim() })),
    status: 'submitted',
    submittedAt: ports.clock.now().toISOString(),
    approvedAt: null,
    approvedBy: null,
    paidAt: null,
  };
  return putOne(ports, principal, 'reviewerClaim', claim, 0);
}

/** The network team approves a claim, or marks an approved one paid. */
export async function moveReviewerClaim(
  ports: Ports,
  principal: Principal,
  id: string,
  to: 'approved' | 'paid',
  expectedVersion: number,
): Promise<ReviewerClaim> {
  authorize(principal, 'claim.manage');
  const claim = await ports.store.get('reviewerClaim', id);
  if (!claim) throw new NotFoundError('claim', id);
  const moved = moveClaim(claim, to, principal.person.id, ports.clock.now().toISOString());
  const [saved] = await ports.store.commit(commitContext(ports, principal), [
    { op: 'put', kind: 'reviewerClaim', value: moved, expectedVersion },
  ]);
  return saved;
}

/** Every claim (or those of one status) for finance, as CSV or an Excel workbook, with names and money in pounds. */
export async function exportClaims(
  ports: Ports,
  principal: Principal,
  options: { readonly status?: ClaimStatus | undefined; readonly format: 'csv' | 'xlsx' },
): Promise<{ fileName: string; contentType: string; body: string | Uint8Array }> {
  authorize(principal, 'claim.manage');
  const claims = await ports.store.query('reviewerClaim', options.status ? { status: options.status } : {});
  const people = new Map<string, Person>(
    (await ports.store.getMany('person', [...new Set(claims.map((c) => c.personId))])).map((p) => [p.id, p]),
  );
  const views = await withNames(ports, claims);
  const rows: ClaimForFinance[] = views.map((v) => ({
    claim: v,
    personName: v.personName,
    personEmail: people.get(v.personId)?.email ?? '',
    reviewName: v.reviewName,
  }));
  const stem = `Time and expenses ${today(ports)}${options.status ? ` ${options.status}` : ''}`;
  if (options.format === 'csv') {
    // A byte order mark, so Excel opens the £ signs and names as UTF-8.
    return { fileName: `${stem}.csv`, contentType: 'text/csv; charset=utf-8', body: `\uFEFF${claimsCsv(rows)}` };
  }
  if (!ports.reports) {
    throw new DomainError('reports_unavailable', 'Excel files cannot be made on this server: download the CSV.');
  }
  return {
    fileName: `${stem}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: await ports.reports.xlsx(claimsWorkbook(rows, today(ports))),
  };
}
