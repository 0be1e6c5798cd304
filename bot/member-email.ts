import { TeamsInfo, type TurnContext } from 'botbuilder';

/**
 * The e-mail address Teams' roster holds for whoever sent this activity, asked only while the person is not linked
 * yet. It finds their invitation; whether this account may claim it is decided on the verified tenant alone
 * (src/domain/tenant-trust.ts).
 */
export async function memberEmailOf(context: TurnContext): Promise<string | null> {
  const userId = context.activity.from?.id;
  if (!userId) return null;
  try {
    const member = await TeamsInfo.getMember(context, userId);
    return member.email ?? member.userPrincipalName ?? null;
  } catch {
    return null;
  }
}
