import { createHash } from 'node:crypto';
import type { AssessmentSubject } from '../domain/assessment';
import type { RoleAssignment, Scope } from '../domain/network';
import { scopeId } from '../domain/network';
import type { Ports } from './context';

/**
 * Ids of new things derived from what makes them unique, so two requests creating the same thing at the same
 * moment write the same id and the store keeps one: SQLite's primary key and SharePoint's unique EntityId column
 * refuse the second write, which is answered 409 (SharePoint has no transactions, so a check-then-create alone
 * cannot stop two). Records made before keep their ids: every "does it exist" check still looks by the indexed
 * fields (cycle and subject, e-mail, key and version number), never by the derived id.
 *
 * The id is a name-based UUID (version 5, RFC 9562 section 5.5): it looks like any other id, is short enough
 * for every column and URL, and never carries an e-mail address into links or logs.
 */
const NAMESPACE = Buffer.from('6f1c2a54b1e84c0f9d6a3b7e21c4d8f0', 'hex');

function nameBasedId(kind: string, ...parts: readonly (string | number)[]): string {
  // A separator no id or e-mail address contains keeps ("a", "bc") and ("ab", "c") apart.
  const name = [kind, ...parts.map(String)].join('\u0000');
  const hash = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest().subarray(0, 16);
  hash.writeUInt8((hash.readUInt8(6) & 0x0f) | 0x50, 6);
  hash.writeUInt8((hash.readUInt8(8) & 0x3f) | 0x80, 8);
  const hex = hash.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** One assessment per subject (a service, or an organisation as a whole) in a cycle. */
export function assessmentIdFor(cycleId: string, subject: AssessmentSubject): string {
  const subjectId = subject.kind === 'service' ? subject.serviceId : subject.organisationId;
  return nameBasedId('assessment', cycleId, subject.kind, subjectId);
}

/** One person per e-mail address (compared in lower case, as the store's e-mail index is). */
export function personIdForEmail(email: string): string {
  return nameBasedId('person', email.trim().toLowerCase());
}

/** One framework version per key and version number. */
export function frameworkIdFor(key: string, versionNumber: number): string {
  return nameBasedId('framework', key, versionNumber);
}

/** A person holds a role in a scope once. */
export function roleAssignmentIdFor(personId: string, role: RoleAssignment['role'], scope: Scope): string {
  return nameBasedId('roleAssignment', personId, role, scope.kind, scopeId(scope));
}

/**
 * A new person's id: the one derived from their e-mail, unless someone already holds it (a person whose e-mail
 * has changed since they were added keeps their id): then a fresh one, as before ids were derived.
 */
export async function newPersonId(ports: Pick<Ports, 'store' | 'ids'>, email: string): Promise<string> {
  const derived = personIdForEmail(email);
  return (await ports.store.get('person', derived)) ? ports.ids.newId() : derived;
}
