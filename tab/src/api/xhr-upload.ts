import type { Problem } from '../../../src/api/contracts';

export interface UploadResult {
  readonly status: number;
  readonly body: string;
}

/**
 * Sends a file with XMLHttpRequest, because fetch cannot report upload progress. Resolves with the status and
 * body (status 0 when the service could not be reached); never rejects.
 */
export function xhrUpload(
  url: string,
  token: string,
  file: Blob,
  onProgress: (fraction: number) => void,
  timeoutMs: number,
): Promise<UploadResult> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    xhr.timeout = timeoutMs;
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => resolve({ status: xhr.status, body: xhr.responseText });
    xhr.onerror = () => resolve({ status: 0, body: '' });
    xhr.ontimeout = () => resolve({ status: 0, body: '' });
    xhr.send(file);
  });
}

export function parseProblem(status: number, body: string): Problem {
  try {
    const parsed = JSON.parse(body) as unknown;
    if (parsed && typeof parsed === 'object' && 'detail' in parsed) return parsed as Problem;
  } catch {
    // not JSON
  }
  return {
    type: 'about:blank',
    title: 'Error',
    status,
    detail: `The network service answered ${status}.`,
    code: 'http_error',
  };
}
