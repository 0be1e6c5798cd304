import { app, authentication } from '@microsoft/teams-js';

/**
 * The consent pop-up Teams opens with authentication.authenticate(): first visit -> Microsoft's consent page
 * for this app; the return visit (with a token or an error in the URL) -> tell Teams how it went.
 * The app's client id comes from VITE_AAD_APP_CLIENT_ID at build time.
 */
const status = document.getElementById('auth-status');
const say = (text: string) => {
  if (status) status.textContent = text;
};

async function run(): Promise<void> {
  await app.initialize();
  const hash = new URLSearchParams(window.location.hash.slice(1));
  const query = new URLSearchParams(window.location.search);
  const error = hash.get('error') ?? query.get('error');
  if (error) {
    say('Permission was not given.');
    authentication.notifyFailure(hash.get('error_description') ?? query.get('error_description') ?? error);
    return;
  }
  if (hash.has('id_token') || hash.has('access_token') || query.has('code') || query.has('admin_consent')) {
    say('Thank you. You can close this window.');
    authentication.notifySuccess();
    return;
  }
  const clientId = String(import.meta.env['VITE_AAD_APP_CLIENT_ID'] ?? '');
  if (!clientId) {
    say('This copy of the app is not connected to Microsoft Entra ID, so there is nothing to consent to.');
    authentication.notifyFailure('The app has no Entra client id (VITE_AAD_APP_CLIENT_ID) configured.');
    return;
  }
  const context = await app.getContext();
  const params = new URLSearchParams({
    client_id: clientId,
    response_type: 'id_token',
    response_mode: 'fragment',
    scope: `openid profile api://${window.location.host}/${clientId}/access_as_user`,
    redirect_uri: `${window.location.origin}/auth.html`,
    nonce: crypto.randomUUID(),
    state: crypto.randomUUID(),
    prompt: 'consent',
    login_hint: context.user?.loginHint ?? '',
  });
  const tenant = context.user?.tenant?.id ?? 'organizations';
  window.location.assign(`https://login.microsoftonline.com/${tenant}/oauth2/v2.0/authorize?${params.toString()}`);
}

run().catch((error: unknown) => {
  say('Signing in could not start. Close this window and try again.');
  authentication.notifyFailure(error instanceof Error ? error.message : String(error));
});
