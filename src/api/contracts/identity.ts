import { z } from 'zod';
import { NOTIFICATION_CHANNELS } from '../../domain/notification-channels';

/** Identity: local mode's "sign in as" one of the seeded people (GET /api/v1/me takes no input). */
export const SignInBody = z
  .strictObject({ personId: z.string().min(1).optional(), email: z.string().min(1).optional() })
  .refine((b) => b.personId ?? b.email, {
    message: 'give "personId" or "email" of a person from GET /api/v1/dev/people',
    path: ['personId'],
  });

export type DevSignInRequest = z.input<typeof SignInBody>;

/** PUT /api/v1/me/notifications: how the person hears about their work (chat, the Teams bell or both). */
export const NotificationPreferenceBody = z.strictObject({ notifyBy: z.enum(NOTIFICATION_CHANNELS) });

export type NotificationPreferenceRequest = z.input<typeof NotificationPreferenceBody>;
