import type { Organisation, Person } from './network';

/**
 * Which Microsoft 365 tenants an invited person's record may be linked from. Chosen once by the composition root
 * from configuration; the bot needs it as much as the API, since Teams activities are not checked against the
 * token validator's allow-list.
 */
export interface TenantTrust {
  /** The network's host tenant (AAD_APP_TENANT_ID): always allowed; guests are B2B guests of it. */
  readonly hostTenantId: string | null;
  /** Member organisations' tenants (ALLOWED_TENANT_IDS); null where the token issuer is the only gate (local mode). */
  readonly allowedTenantIds: readonly string[] | null;
}

/** Without configuration: a person is linked only from their own organisation's tenant, and guests not at all. */
export const NO_EXTRA_TENANT_TRUST: TenantTrust = { hostTenantId: null, allowedTenantIds: null };

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/**
 * Why a sign-in from `tenantId` may not take over `person`'s invitation, or null when it may. Only the verified
 * tenant decides: an e-mail address or UPN in a token (or a Teams roster) is whatever that tenant's admins made
 * it, so an address alone would let any allowed tenant claim anyone's invitation. People of an organisation sign
 * in from its tenant; people without one of their own (experts by experience, the network's own team, an
 * organisation whose tenant is not recorded yet) are guests or members of the host tenant.
 */
export function linkRefusal(
  person: Pick<Person, 'email'>,
  organisation: Pick<Organisation, 'tenantId' | 'shortName'> | null,
  tenantId: string,
  trust: TenantTrust,
): string | null {
  const expected = organisation?.tenantId ?? trust.hostTenantId;
  if (!expected) return 'no Microsoft 365 tenant is recorded for the organisation of this invitation';
  if (!same(expected, tenantId)) return `the sign-in comes from tenant ${tenantId}, not ${expected}`;
  if (!isAllowedTenant(tenantId, trust)) return `tenant ${tenantId} is not on the network's list of allowed tenants`;
  return null;
}

/** Whether people of this tenant may act in the network at all: the host tenant, or one on the allowed list. */
export function isAllowedTenant(tenantId: string, trust: TenantTrust): boolean {
  const allowed = trust.allowedTenantIds;
  const isHost = trust.hostTenantId !== null && same(trust.hostTenantId, tenantId);
  return allowed === null || isHost || allowed.some((t) => same(t, tenantId));
}

/**
 * Local mode's stand-in for the host tenant: the demo's guests (experts by experience without a trust account)
 * live in it, as real guests live in the host trust's tenant.
 */
export const LOCAL_HOST_TENANT_ID = '0a57e4a1-0000-4000-8000-0000000000a0';

/** The tenant guests are invited into: the host tenant, or local mode's stand-in for it. */
export function guestTenantId(trust: TenantTrust): string {
  return trust.hostTenantId ?? LOCAL_HOST_TENANT_ID;
}
