import type { Assessment, StandardResponse } from '../domain/assessment';
import type { AuditEvent } from '../domain/audit';
import type { ConversationRecord, NotificationRecord } from '../domain/conversation';
import type { Cycle } from '../domain/cycle';
import type { EvidenceRecord } from '../domain/evidence';
import type { FrameworkVersion } from '../domain/framework';
import type { IsoDateTime } from '../domain/ids';
import type { Organisation, Person, RoleAssignment, Service } from '../domain/network';
import type { ActionItem } from '../domain/action-plan';
import type { LibraryEntry } from '../domain/library';
import type { ReportRecord } from '../domain/report';
import type { ReviewerClaim } from '../domain/reviewer-claim';
import type { ReportDocument } from '../domain/report-document';
import type { AgreedRating, ConflictDeclaration, Finding, ReviewerRating, ReviewTeam } from '../domain/review';
import type { VisitDay, VisitNote } from '../domain/visit-day';
import type { ReportComment } from '../domain/report-comment';
import type { RecognitionRecord } from '../domain/recognition-decision';
import type { CertificateContent } from '../domain/recognition-certificate';
import type { Questionnaire } from '../domain/questionnaires/questionnaire';
import type { QuestionnaireRun } from '../domain/questionnaires/questionnaire-run';
import type {
  QuestionnaireAnswer,
  QuestionnaireAnsweredMarker,
  QuestionnaireComment,
} from '../domain/questionnaires/questionnaire-answer';
import type { QuestionnaireTally } from '../domain/questionnaires/questionnaire-tally';
import type { AssessmentSummary } from '../domain/assessment-summary';

// The ports' errors live in their own files; they are exported here too, beside the ports that raise them.
export { ListViewThresholdError, StoreUnavailableError, UnreadableStoredValueError } from './store-errors';
export { EvidenceNotFoundError, IncompleteUploadError } from './evidence-errors';
export type { EvidenceAbout, EvidenceHousekeeping, EvidenceKey, EvidenceStore } from './evidence-ports';
export { GuestInvitationUnavailableError, MeetingUnavailableError } from './graph-request-errors';

/** Every aggregate the store keeps, by kind. One repository (SQL table, SharePoint list) per kind. */
export interface EntityMap {
  framework: FrameworkVersion;
  organisation: Organisation;
  service: Service;
  person: Person;
  roleAssignment: RoleAssignment;
  cycle: Cycle;
  assessment: Assessment;
  response: StandardResponse;
  evidence: EvidenceRecord;
  conversation: ConversationRecord;
  notification: NotificationRecord;
  reviewTeam: ReviewTeam;
  conflictDeclaration: ConflictDeclaration;
  reviewRating: ReviewerRating;
  agreedRating: AgreedRating;
  finding: Finding;
  action: ActionItem;
  report: ReportRecord;
  libraryEntry: LibraryEntry;
  visitDay: VisitDay;
  visitNote: VisitNote;
  reviewerClaim: ReviewerClaim;
  reportComment: ReportComment;
  recognition: RecognitionRecord;
  questionnaire: Questionnaire;
  questionnaireRun: QuestionnaireRun;
  questionnaireAnswer: QuestionnaireAnswer;
  questionnaireComment: QuestionnaireComment;
  /** One per run, id = the run's id: the per-item counts, written in the same commit as each answer. */
  questionnaireTally: QuestionnaireTally;
  /** id = `${runId}:${personId}`: staff who have answered, never linked to their answer. */
  questionnaireMarker: QuestionnaireAnsweredMarker;
  /** One per assessment (id = the assessment's id), kept in step with it in the same commit as every save. */
  assessmentSummary: AssessmentSummary;
}
export type EntityKind = keyof EntityMap;

/**
 * The fields each kind can be filtered on. Adapters index exactly these (SharePoint refuses filters on
 * non-indexed columns past 5,000 items), so no query may filter on anything else.
 */
export interface IndexMap {
  framework: 'key';
  organisation: never;
  service: 'organisationId';
  person: 'email' | 'identity' | 'organisationId';
  roleAssignment: 'personId' | 'scopeId';
  cycle: never;
  assessment: 'cycleId' | 'subjectId' | 'organisationId';
  response: 'assessmentId' | 'cycleId';
  evidence: 'assessmentId';
  /** identity = `${tenantId}:${objectId}` for personal chats. */
  conversation: 'personId' | 'identity' | 'serviceId';
  notification: 'personId' | 'status';
  reviewTeam: 'assessmentId' | 'cycleId';
  conflictDeclaration: 'personId' | 'organisationId';
  reviewRating: 'assessmentId';
  agreedRating: 'assessmentId' | 'cycleId';
  finding: 'assessmentId' | 'cycleId';
  /** cycleId with status: the network-wide reads of actions ask one cycle and one status at a time. */
  action: 'assessmentId' | 'cycleId' | 'ownerId' | 'status';
  /** subjectId = the service id, or the organisation id for an organisation report. */
  report: 'assessmentId' | 'cycleId' | 'subjectId';
  libraryEntry: 'status' | 'assessmentId' | 'announcement';
  visitDay: 'assessmentId';
  visitNote: 'assessmentId';
  reviewerClaim: 'personId' | 'status';
  reportComment: 'assessmentId';
  /** subjectId = the service id (or the organisation id), for the dashboards' formal status. */
  recognition: 'assessmentId' | 'cycleId' | 'subjectId';
  questionnaire: 'frameworkId' | 'questionnaireKey';
  /** tokenHash: the public link's token, hashed, to find the run an answer is for. */
  questionnaireRun: 'serviceId' | 'cycleId' | 'tokenHash';
  questionnaireAnswer: 'runId';
  questionnaireComment: 'runId';
  questionnaireTally: never;
  questionnaireMarker: 'runId' | 'personId';
  assessmentSummary: 'cycleId' | 'organisationId';
}
export type IndexField<K extends EntityKind> = IndexMap[K];
/** Equality filters, AND-ed. An empty filter lists the whole kind. */
export type Filter<K extends EntityKind> = Partial<Record<IndexField<K>, string>>;

interface PutOf<K extends EntityKind> {
  readonly op: 'put';
  readonly kind: K;
  readonly value: EntityMap[K];
  readonly expectedVersion: number;
}
interface DeleteOf<K extends EntityKind> {
  readonly op: 'delete';
  readonly kind: K;
  readonly id: string;
  readonly expectedVersion: number;
}

/** Writes an entity of kind K (one of several kinds: the value is checked against its own kind). */
export type PutChange<K extends EntityKind = EntityKind> = { [P in K]: PutOf<P> }[K];
export type DeleteChange<K extends EntityKind = EntityKind> = { [P in K]: DeleteOf<P> }[K];

/**
 * One write in a commit. `expectedVersion` is the version the writer read: 0 means "must not exist yet".
 * A mismatch fails the whole commit with a ConflictError carrying the current value.
 */
export type Change<K extends EntityKind = EntityKind> = PutChange<K> | DeleteChange<K>;

/** The stored value a put change gives back (nothing for a delete). */
type StoredBy<C> = C extends PutOf<infer K> ? EntityMap[K] : never;

/**
 * What a commit of `C` gives back: the stored value of each put, in order, typed by its kind. Where the changes
 * are a list of known puts and deletes (`[put assessment, ...put action[]]`), so is the result
 * (`[Assessment, ...ActionItem[]]`); otherwise it is a list of the kinds that may be in it.
 */
export type Committed<C extends readonly Change[]> = C extends readonly [
  infer Head,
  ...infer Tail extends readonly Change[],
]
  ? [Head] extends [PutChange]
    ? [StoredBy<Head>, ...Committed<Tail>]
    : [Head] extends [DeleteChange]
      ? Committed<Tail>
      : StoredBy<C[number]>[]
  : StoredBy<C[number]>[];

/**
 * Types a store adapter's commit result. Adapters give back the stored values of the puts in the order of the
 * changes, which is exactly what Committed<C> describes; the store contract checks that every adapter does.
 */
export function asCommitted<C extends readonly Change[]>(stored: EntityMap[EntityKind][]): Committed<C> {
  return stored as Committed<C>;
}

export interface CommitContext {
  readonly actorId: string;
  readonly at: IsoDateTime;
}

export class ConflictError extends Error {
  constructor(
    readonly kind: EntityKind,
    readonly id: string,
    /** The value as it is now in the store (undefined when it was deleted or never existed). */
    readonly current: EntityMap[EntityKind] | undefined,
    readonly expectedVersion: number,
  ) {
    super(
      expectedVersion === 0 && current
        ? // Two requests creating the same thing at once (ids derived from what makes it unique): one stands.
          `${kind} ${id} was created by someone else a moment ago. Reload to see it, and change that one if needed.`
        : `${kind} ${id} was changed by someone else (you had version ${expectedVersion}, ` +
            `the store has ${current ? `version ${current.version}` : 'no such item'}). Reload and try again.`,
    );
    this.name = 'ConflictError';
  }
}

/** Which page of a query: its size, and the cursor the previous page gave (absent for the first). */
export interface PageRequest {
  readonly limit: number;
  readonly cursor?: string;
}

export interface Page<T> {
  readonly items: T[];
  /** Opaque; null when this is the last page. */
  readonly next: string | null;
}

export interface Store {
  get<K extends EntityKind>(kind: K, id: string): Promise<EntityMap[K] | undefined>;
  /** Several ids of one kind; missing ids are left out. */
  getMany<K extends EntityKind>(kind: K, ids: readonly string[]): Promise<EntityMap[K][]>;
  query<K extends EntityKind>(kind: K, filter: Filter<K>): Promise<EntityMap[K][]>;
  /**
   * One page of a query, in an order that stays the same between pages: at most `limit` items, and the cursor of the
   * next page (null after the last). For lists that grow large (a questionnaire's comments) and are read a page at a
   * time. Stores without it are read whole and cut by `pageOf` (src/services/query-page.ts).
   */
  queryPage?<K extends EntityKind>(kind: K, filter: Filter<K>, page: PageRequest): Promise<Page<EntityMap[K]>>;
  /**
   * Applies all changes or none. Each stored value gets version = expectedVersion + 1, and one audit event
   * per change (actor, time, before, after) is written with it. Returns the stored values (with new versions)
   * of the `put` changes, in order.
   */
  commit<const C extends readonly Change[]>(context: CommitContext, changes: C): Promise<Committed<C>>;
  /** The audit trail of one assessment (its own changes and its responses' and evidence links), oldest first. */
  auditForAssessment(assessmentId: string): Promise<AuditEvent[]>;
  auditForEntity(kind: EntityKind, id: string): Promise<AuditEvent[]>;
  /**
   * Takes or renews a named lease until `until` when it is free, expired or already held by `holder`.
   * Used so that jobs (reminders) run once across several server instances.
   */
  tryAcquireLease(name: string, holder: string, now: IsoDateTime, until: IsoDateTime): Promise<boolean>;
  releaseLease(name: string, holder: string): Promise<void>;
  /** Checks the storage can be reached (for /readyz). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface Clock {
  now(): Date;
}

export interface IdGenerator {
  newId(): string;
}

/**
 * The public tokens of questionnaire links: unguessable (from a cryptographic random source) and stored only as a
 * digest, so the store never holds a usable link.
 */
export interface PublicTokens {
  newToken(): string;
  /** The digest stored and looked up for a token (hex); the same token always gives the same digest. */
  digest(token: string): string;
}

/**
 * Draws a laid-out report as files. Everything is made in memory and returned whole, so a caller can file the
 * result or nothing: a failure halfway leaves no partial file anywhere.
 */
export interface ReportRenderer {
  docx(document: ReportDocument): Promise<Uint8Array>;
  xlsx(document: ReportDocument): Promise<Uint8Array>;
}

/** A Teams meeting to put in the signed-in person's calendar. Times are wall-clock times in `timeZone`. */
export interface MeetingRequest {
  readonly subject: string;
  /** Plain text for the invitation's body. */
  readonly body: string;
  /** "YYYY-MM-DDTHH:mm" */
  readonly start: string;
  readonly end: string;
  readonly timeZone: 'Europe/London';
  readonly attendees: readonly { readonly name: string; readonly email: string }[];
  /** Names this scheduling, so a create sent again after a lost answer makes no second event. */
  readonly transactionId: string;
}

export interface ScheduledMeeting {
  readonly eventId: string;
  readonly joinUrl: string;
}

/**
 * Port: schedules a Teams meeting ON BEHALF OF the signed-in person (their calendar, their name on the
 * invitation). Present only when Entra ID is configured. A missing consent is the ConsentRequiredError of
 * src/services/user-files.ts; Graph out of reach is MeetingUnavailableError.
 */
export interface MeetingScheduler {
  /** Creates the event, or changes `eventId` (the same event, so invitees get an update and not a second one). */
  schedule(userToken: string, request: MeetingRequest, eventId: string | null): Promise<ScheduledMeeting>;
}

/**
 * Invites a person as a Microsoft Entra B2B guest of the host tenant (Graph POST /invitations, application
 * permission User.Invite.All), with Microsoft's invitation e-mail and the tab as where they land after accepting.
 * Answers the guest account's tenant and object id, which become the person's sign-in identity. Inviting an
 * address that is already a guest gives the same account again, so re-sending is the same call.
 */
export interface GuestInviter {
  invite(guest: { readonly displayName: string; readonly email: string }): Promise<GuestAccount>;
}

export interface GuestAccount {
  readonly tenantId: string;
  readonly objectId: string;
}

/**
 * Draws a recognition certificate as a Word file, whole and in memory, so a caller files all of it or nothing.
 */
export interface CertificateRenderer {
  certificate(content: CertificateContent): Promise<Uint8Array>;
}
