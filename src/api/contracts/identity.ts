import { z } from 'zod';

/** Identity: local mode's "sign in as" one of the seeded people (GET /api/v1/me takes no input). */
export const SignInBody = z
  .strictObject({ personId: z.string().min(1).optional(), email: z.string().min(1).optional() })
  .refine((b) => b.personId ?? b.email, {
    message: 'give "personId" or "email" of a person from GET /api/v1/dev/people',
    path: ['personId'],
  });

export type DevSignInRequest = z.input<typeof SignInBody>;
