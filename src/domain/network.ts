import type { GuestInvitation } from './guest-invitation';
import type { IsoDate, Versioned } from './ids';
import type { NotificationChannels } from './notification-channels';

export interface Organisation extends Versioned {
  readonly name: string;
  /** e.g. "KCH", "SLaM", "GSTT". */
  readonly shortName: string;
  /** The Entra tenant its people sign in from, once known. */
  readonly tenantId: string | null;
}

export interface Service extends Versioned {
  readonly organisationId: string;
  readonly name: string;
  readonly description: string;
  /** A short description of the local population the service serves. */
  readonly population: string;
}

export const PROFESSIONS = ['mental_health', 'physical_health', 'lived_experience', 'management', 'other'] as const;
export type Profession = (typeof PROFESSIONS)[number];

export interface Person extends Versioned {
  readonly displayName: string;
  /** Used to invite and to find a person; never used to match a sign-in (e-mails change). */
  readonly email: string;
  readonly organisationId: string | null;
  readonly jobTitle: string;
  readonly profession: Profession;
  /** Set on first sign-in: Entra tenant id and object id. */
  readonly tenantId: string | null;
  readonly objectId: string | null;
  /** Set for an expert by experience invited as a guest of the host tenant (see guest-invitation.ts). */
  readonly guest?: GuestInvitation;
  /**
   * Where their reminders arrive, as they chose it (chat, the Teams bell or both); absent until they choose, and on
   * records stored before the choice existed (see channelsFor in notification-channels.ts).
   */
  readonly notifyBy?: NotificationChannels;
}

export const ROLES = [
  'network_admin',
  'organisational_lead',
  'service_lead',
  'contributor',
  'peer_reviewer',
  'lead_reviewer',
  'expert_by_experience',
  'viewer',
  /** The network's panel: decides each service's recognition and hears appeals. */
  'recognition_panel',
] as const;
export type Role = (typeof ROLES)[number];

export const SCOPE_KINDS = ['network', 'organisation', 'service', 'review'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

/** What a role assignment applies to. `review` scopes name an assessment under review. */
export type Scope =
  | { readonly kind: 'network' }
  | { readonly kind: 'organisation'; readonly organisationId: string }
  | { readonly kind: 'service'; readonly serviceId: string }
  | { readonly kind: 'review'; readonly assessmentId: string };

export interface RoleAssignment extends Versioned {
  readonly personId: string;
  readonly role: Role;
  readonly scope: Scope;
  /**
   * For a reviewer role held with network scope (a trained reviewer in the pool): the day the person completed
   * that role's training. Training lasts two years (see reviewer-training.ts); absent on other roles.
   */
  readonly trainedOn?: IsoDate;
}

/** The id of the thing a scope names ("network" for the network scope); what stores index on. */
export function scopeId(scope: Scope): string {
  switch (scope.kind) {
    case 'network':
      return 'network';
    case 'organisation':
      return scope.organisationId;
    case 'service':
      return scope.serviceId;
    case 'review':
      return scope.assessmentId;
  }
}
