import { z } from 'zod';
import { Id } from './common';

/** GET /api/v1/dashboard/service: the cycle and service to show; without them, the current cycle and one's own. */
export const ServiceDashboardQuery = z.strictObject({ cycleId: Id.optional(), serviceId: Id.optional() });
export type ServiceDashboardQueryString = z.input<typeof ServiceDashboardQuery>;

/** The dashboard's service view in one answer. */
export type { ServiceDashboard, ServiceStanding } from '../../services/network/service-dashboard';
export type { LeftForPerson } from '../../domain/left-to-rate';
