import { useEffect, useState } from 'react';
import type { Api } from '../../../api/endpoints';
import type { CheckReviewTeamRequest, TeamViolation } from '../../../api/types';
import { messageOf } from '../../../api/errors';

/** How long the editor waits after the last change before asking the API to check the team. */
export const TEAM_CHECK_DELAY_MS = 400;

export interface TeamCheck {
  /** The rules the proposed team breaks, from the API's last answer. */
  readonly violations: readonly TeamViolation[];
  /** True while a change waits to be checked or its check is on its way. */
  readonly checking: boolean;
  /** Why the check itself failed (not a broken rule), or null. */
  readonly error: string | null;
}

/**
 * Checks the proposed team with the API (POST .../review-team/check) a moment after each change, so the rules are
 * the server's and the admin sees them while building the team. An older answer never replaces a newer one.
 * Nothing is asked while `enabled` is false (no visit date yet: the API cannot check a visit without one).
 */
export function useTeamCheck(
  api: Api,
  assessmentId: string,
  proposal: CheckReviewTeamRequest,
  enabled: boolean,
): TeamCheck {
  const [result, setResult] = useState<{ key: string; check: TeamCheck } | null>(null);
  const key = JSON.stringify(proposal);
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    const timer = setTimeout(() => {
      api.checkReviewTeam(assessmentId, JSON.parse(key) as CheckReviewTeamRequest).then(
        (view) => current && setResult({ key, check: { violations: view.violations, checking: false, error: null } }),
        (error: unknown) =>
          current && setResult({ key, check: { violations: [], checking: false, error: messageOf(error) } }),
      );
    }, TEAM_CHECK_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, assessmentId, key, enabled]);
  if (!enabled) return { violations: [], checking: false, error: null };
  if (result?.key === key) return result.check;
  return { violations: result?.check.violations ?? [], checking: true, error: null };
}
