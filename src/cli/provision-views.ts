import { readFileSync } from 'node:fs';
import { X509Certificate, createPrivateKey } from 'node:crypto';
import type https from 'node:https';
import type { AppCredentials, UserAgentInfo } from '../adapters/graph/graph-options';
import { SharePointRest, sharePointAcceptsAppTokenFrom } from '../adapters/sharepoint/sharepoint-rest';
import { provisionViews, viewStepsByHand, ViewsRefusedError } from '../adapters/sharepoint/view-provisioner';

export interface ViewsStepOptions {
  readonly tenantId: string;
  readonly credentials: AppCredentials;
  readonly loginHost: string;
  readonly userAgent: UserAgentInfo;
  /** The site's URL on its SharePoint host (Graph's webUrl of the site). */
  readonly siteUrl: string;
  readonly listPrefix?: string;
  readonly log: (line: string) => void;
  /** Only tests: connections that reach the simulator, and its certificate. */
  readonly agent?: https.Agent;
  readonly trustedCa?: string | Buffer;
}

const WHERE_TO_READ = 'docs/deploy.md, "The lists\' views"';

/**
 * Makes the lists' views when SharePoint will take the app's token for it, and otherwise says exactly what to do:
 * the lists work without views, so this step never fails provisioning. Returns whether the views are in place.
 */
export async function provisionViewsOrSayHow(options: ViewsStepOptions): Promise<boolean> {
  const { log } = options;
  const byHand = (reason: string): false => {
    log(`The lists' views were not made: ${reason}`);
    log(`Either make them by hand (once; see ${WHERE_TO_READ}):`);
    for (const line of viewStepsByHand(options.siteUrl, options.listPrefix)) log(`  ${line}`);
    return false;
  };
  if (!sharePointAcceptsAppTokenFrom(options.credentials)) {
    return byHand(
      'Microsoft Graph cannot make list views, and SharePoint’s REST API, which can, refuses an app signed in with a ' +
        'client secret. Set AAD_APP_CERTIFICATE_FILE to a PEM file with the app registration’s certificate and ' +
        'private key (upload the certificate to the app registration first) and run provisioning again, or:',
    );
  }
  const rest = new SharePointRest({
    tenantId: options.tenantId,
    credentials: options.credentials,
    loginHost: options.loginHost,
    userAgent: options.userAgent,
    ...(options.agent ? { agent: options.agent } : {}),
    ...(options.trustedCa ? { trustedCa: options.trustedCa } : {}),
  });
  try {
    await provisionViews({
      rest,
      siteUrl: options.siteUrl,
      log,
      ...(options.listPrefix ? { listPrefix: options.listPrefix } : {}),
    });
    return true;
  } catch (error) {
    if (!(error instanceof ViewsRefusedError)) throw error;
    return byHand(
      `${error.message}. The app needs SharePoint's own application permission Sites.Selected (beside Graph's), ` +
        'consented, and its `manage` grant on the site. Add it and run provisioning again, or:',
    );
  } finally {
    rest.close();
  }
}

/** The app registration's certificate credential from a PEM file holding the certificate and its private key. */
export function certificateCredentials(clientId: string, pemFile: string): AppCredentials {
  const pem = readFileSync(pemFile, 'utf8');
  const certificate = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(pem)?.[0];
  if (!certificate) throw new Error(`${pemFile} holds no certificate (-----BEGIN CERTIFICATE-----).`);
  let privateKeyPem: string;
  try {
    privateKeyPem = createPrivateKey(pem).export({ type: 'pkcs8', format: 'pem' }).toString();
  } catch {
    throw new Error(`${pemFile} holds no unencrypted private key: put the certificate's private key in it too.`);
  }
  const thumbprintSha256 = new X509Certificate(certificate).fingerprint256.replaceAll(':', '');
  return { kind: 'certificate', clientId, thumbprintSha256, privateKeyPem, x5c: certificate };
}
