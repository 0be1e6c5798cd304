import type { Server } from 'restify';
import { visitAgendaFile } from '../../services/review/visit-agenda';
import { getSharedFeedback, saveVisitFeedback } from '../../services/review/visit-feedback';
import { linkVisitMeeting, scheduleVisitMeeting } from '../../services/review/visit-meeting';
import { saveVisitNote } from '../../services/review/visit-notes';
import { getVisitView } from '../../services/review/visit-view';
import { addRoute, type RouteDeps } from '../route';
import {
  IdParams,
  MeetingLinkBody,
  ScheduleMeetingBody,
  VisitFeedbackBody,
  VisitNoteBody,
  VisitNoteParams,
} from '../contracts';

/** The visit day of a peer review: agenda, the Teams meeting, review-day notes and the preliminary feedback. */
export function registerReviewVisitRoutes(server: Server, deps: RouteDeps): void {
  const base = '/api/v1/assessments/:id/review/visit';
  addRoute(server, deps, {
    method: 'get',
    path: base,
    summary: "The visit day of an assessment's peer review: agenda, meeting, the team's notes and preliminary feedback",
    params: IdParams,
    handler: async ({ ports, principal, params }) => ({ json: await getVisitView(ports, principal, params.id) }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: `${base}/agenda/docx`,
    summary: 'Download the visit agenda as a Word document',
    params: IdParams,
    handler: async ({ ports, principal, params }) => ({ file: await visitAgendaFile(ports, principal, params.id) }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: `${base}/meeting`,
    summary: "Schedule (or re-schedule) the visit as a Teams meeting in the lead reviewer's calendar",
    params: IdParams,
    body: ScheduleMeetingBody,
    handler: async ({ ports, principal, params, token }) => ({
      json: await scheduleVisitMeeting(ports, principal, token, params.id),
    }),
  });
  addRoute(server, deps, {
    method: 'put',
    path: `${base}/meeting/link`,
    summary: 'Keep the join link of a Teams meeting the lead reviewer made themselves',
    params: IdParams,
    body: MeetingLinkBody,
    handler: async ({ ports, principal, params, body }) => ({
      json: await linkVisitMeeting(ports, principal, params.id, body),
    }),
  });
  addRoute(server, deps, {
    method: 'put',
    path: `${base}/notes/:themeCode`,
    summary: "Save a team member's own review-day note on a theme",
    params: VisitNoteParams,
    body: VisitNoteBody,
    handler: async ({ ports, principal, params, body }) => ({
      json: await saveVisitNote(ports, principal, params.id, params.themeCode, body),
    }),
  });
  addRoute(server, deps, {
    method: 'put',
    path: `${base}/feedback`,
    summary: 'Save the preliminary feedback, and share it with the service when confirmed (lead reviewer)',
    params: IdParams,
    body: VisitFeedbackBody,
    handler: async ({ ports, principal, params, body }) => ({
      json: await saveVisitFeedback(ports, principal, params.id, body),
    }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/assessments/:id/visit-feedback',
    summary: 'The preliminary feedback the review team shared with the service after the visit',
    params: IdParams,
    handler: async ({ ports, principal, params }) => ({ json: await getSharedFeedback(ports, principal, params.id) }),
  });
}
