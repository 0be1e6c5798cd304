import type { Request, Server } from 'restify';
import {
  copyInPickedFile,
  linkEvidence,
  listEvidence,
  openEvidence,
  renameEvidence,
  uploadEvidence,
} from '../../services/evidence/evidence';
import { copyInReviewEvidence, openReviewEvidence, uploadReviewEvidence } from '../../services/review/review-evidence';
import { HttpProblem, problem } from '../problem';
import type { RouteDeps } from '../route';
import { addRoute } from '../route';
import {
  CopyInBody,
  EvidenceParams,
  IdParams,
  LinkEvidenceBody,
  RenameEvidenceBody,
  ReviewCopyInBody,
  ReviewUploadQuery,
  UploadQuery,
} from '../contracts';

/** X-File-Name carries the name percent-encoded (headers are ASCII); a broken escape is the caller's mistake. */
function decodeHeaderFileName(headerName: string): string {
  try {
    return decodeURIComponent(headerName);
  } catch {
    throw new HttpProblem(
      problem(
        400,
        'invalid_input',
        'The X-File-Name header has a broken % escape. Encode the file name with encodeURIComponent, or use ?fileName=.',
        { field: 'fileName' },
      ),
    );
  }
}

export function uploadDetails(req: Request, queryFileName: string | undefined) {
  const length = Number(req.header('content-length'));
  if (!Number.isInteger(length) || length <= 0) {
    throw new HttpProblem(
      problem(411, 'length_required', 'Send the file with a Content-Length header (browsers do this for you).'),
    );
  }
  const headerName = req.header('x-file-name');
  const fileName = queryFileName ?? (headerName ? decodeHeaderFileName(headerName) : '');
  if (!fileName) {
    throw new HttpProblem(
      problem(400, 'invalid_input', 'Name the file: add ?fileName=... or an X-File-Name header.', {
        field: 'fileName',
      }),
    );
  }
  return { fileName, sizeBytes: length, contentType: req.header('content-type') || 'application/octet-stream' };
}

export async function discardRest(req: Request): Promise<void> {
  if (req.readableEnded || req.destroyed) return;
  // Read on through an iterator: the service's check already read the start that way, which leaves the request
  // in paused mode where resume() alone would not carry on.
  for await (const chunk of req) void chunk;
}

/** Evidence: streamed upload, copy-in from the person's own OneDrive/SharePoint, links, list and download. */
export function registerEvidenceRoutes(server: Server, deps: RouteDeps): void {
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/assessments/:id/evidence',
    summary: 'The evidence files of an assessment',
    params: IdParams,
    handler: async ({ ports, principal, params }) => ({ json: await listEvidence(ports, principal, params.id) }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: '/api/v1/assessments/:id/evidence',
    summary: 'Upload a file as evidence: the file is the request body, its name and standards are in the query string',
    params: IdParams,
    query: UploadQuery,
    handler: async ({ ports, principal, params, query, req }) => {
      const details = uploadDetails(req, query.fileName);
      try {
        const record = await uploadEvidence(ports, principal, params.id, {
          ...details,
          content: req,
          standardCodes: query.standardCodes,
        });
        return { status: 201, json: record };
      } catch (error) {
        // A refused upload (its start is not what its name says, say) is read to its end and discarded, so the
        // sender reads the problem instead of a connection reset mid-upload. Its size was checked already.
        await discardRest(req);
        throw error;
      }
    },
  });
  addRoute(server, deps, {
    method: 'post',
    path: '/api/v1/assessments/:id/evidence/from-drive',
    summary: "Copy a file in from the person's own OneDrive or SharePoint (by drive item or by link)",
    params: IdParams,
    body: CopyInBody,
    handler: async ({ ports, principal, params, body, token }) => {
      const ref = 'url' in body ? { shareUrl: body.url } : { driveId: body.driveId, itemId: body.itemId };
      return { status: 201, json: await copyInPickedFile(ports, principal, token, params.id, ref, body.standardCodes) };
    },
  });
  addRoute(server, deps, {
    method: 'post',
    path: '/api/v1/assessments/:id/evidence/:evidenceId/links',
    summary: 'Link an evidence file to more standards',
    params: EvidenceParams,
    body: LinkEvidenceBody,
    handler: async ({ ports, principal, params, body }) => ({
      json: await linkEvidence(ports, principal, params.id, params.evidenceId, body.standardCodes),
    }),
  });
  addRoute(server, deps, {
    method: 'put',
    path: '/api/v1/assessments/:id/evidence/:evidenceId',
    summary: 'Rename an evidence file',
    params: EvidenceParams,
    body: RenameEvidenceBody,
    handler: async ({ ports, principal, params, body }) => ({
      json: await renameEvidence(ports, principal, params.id, params.evidenceId, body.fileName, body.version),
    }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/assessments/:id/evidence/:evidenceId/content',
    summary: 'Download an evidence file',
    params: EvidenceParams,
    handler: async ({ ports, principal, params }) => {
      const { record, stream } = await openEvidence(ports, principal, params.id, params.evidenceId);
      return { stream, contentType: record.contentType, fileName: record.fileName, sizeBytes: record.sizeBytes };
    },
  });
  registerReviewTeamEvidenceRoutes(server, deps);
}

/** The review team's own files: kept apart from the service's evidence, seen by the team and the network admin. */
function registerReviewTeamEvidenceRoutes(server: Server, deps: RouteDeps): void {
  const base = '/api/v1/assessments/:id/review/evidence';
  addRoute(server, deps, {
    method: 'post',
    path: base,
    summary: "Upload a file for the review team (visit notes, photos): kept apart from the service's evidence",
    params: IdParams,
    query: ReviewUploadQuery,
    handler: async ({ ports, principal, params, query, req }) => {
      const details = uploadDetails(req, query.fileName);
      try {
        return {
          status: 201,
          json: await uploadReviewEvidence(ports, principal, params.id, { ...details, content: req }),
        };
      } catch (error) {
        await discardRest(req);
        throw error;
      }
    },
  });
  addRoute(server, deps, {
    method: 'post',
    path: `${base}/from-drive`,
    summary: "Copy a file in for the review team from the reviewer's own OneDrive or SharePoint",
    params: IdParams,
    body: ReviewCopyInBody,
    handler: async ({ ports, principal, params, body, token }) => {
      const ref = 'url' in body ? { shareUrl: body.url } : { driveId: body.driveId, itemId: body.itemId };
      return { status: 201, json: await copyInReviewEvidence(ports, principal, token, params.id, ref) };
    },
  });
  addRoute(server, deps, {
    method: 'get',
    path: `${base}/:evidenceId/content`,
    summary: "Download one of the review team's files",
    params: EvidenceParams,
    handler: async ({ ports, principal, params }) => {
      const { record, stream } = await openReviewEvidence(ports, principal, params.id, params.evidenceId);
      return { stream, contentType: record.contentType, fileName: record.fileName, sizeBytes: record.sizeBytes };
    },
  });
}
