import type { Server } from 'restify';
import { whoAmI } from '../../services/identity/identity';
import { myWork } from '../../services/assessment/my-work';
import { chooseNotificationChannels, notificationPreference } from '../../services/identity/notification-preference';
import { NotificationPreferenceBody } from '../contracts';
import type { RouteDeps } from '../route';
import { addRoute } from '../route';

export function registerMeRoutes(server: Server, deps: RouteDeps): void {
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/me',
    summary: 'The signed-in person, their organisation and roles',
    handler: async ({ ports, principal }) => ({ json: await whoAmI(ports, principal) }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/me/work',
    summary: "The signed-in person's work: assigned standards, reviews and actions",
    handler: async ({ ports, principal }) => ({ json: await myWork(ports, principal) }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/me/notifications',
    summary: 'How the signed-in person hears about their work: chat, the Teams bell or both',
    handler: async ({ ports, principal }) => ({ json: await notificationPreference(ports, principal) }),
  });
  addRoute(server, deps, {
    method: 'put',
    path: '/api/v1/me/notifications',
    summary: 'Choose chat, the Teams bell or both for your own reminders',
    body: NotificationPreferenceBody,
    handler: async ({ ports, principal, body }) => ({
      json: await chooseNotificationChannels(ports, principal, body.notifyBy),
    }),
  });
}
