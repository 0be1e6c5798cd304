import type { AppInstaller } from '../../services/reminders/notifier';
import type { GraphHttp } from './graph-http';

/**
 * Installs the app for a person in their own tenant, so reminders can reach someone who never opened it:
 * POST /users/{id}/teamwork/installedApps with the app's catalog id. Needs the application permission
 * TeamsAppInstallation.ReadWriteSelfForUser.All (the app may install only itself), consented in each member
 * trust's tenant. Teams then sends the bot an installation event and the conversation is stored as usual.
 */
export class GraphTeamsAppInstaller implements AppInstaller {
  constructor(
    /** Graph as the app in the given tenant (each trust's tenant is its own authority). */
    private readonly graphFor: (tenantId: string) => Pick<GraphHttp, 'call' | 'root'>,
    /** The app's id in the Teams app catalog (for an org-published app, the catalog id, not the manifest id). */
    private readonly catalogAppId: string,
  ) {}

  async installFor(person: {
    readonly tenantId: string;
    readonly objectId: string;
  }): Promise<'installed' | 'already' | 'failed'> {
    const graph = this.graphFor(person.tenantId);
    const result = await graph.call({
      method: 'POST',
      url: `/users/${encodeURIComponent(person.objectId)}/teamwork/installedApps`,
      body: { 'teamsApp@odata.bind': `${graph.root}/appCatalogs/teamsApps/${encodeURIComponent(this.catalogAppId)}` },
    });
    if (result.status >= 200 && result.status < 300) return 'installed';
    // Already installed for this user: nothing to do, the conversation will be stored on their next message.
    if (result.status === 409) return 'already';
    return 'failed';
  }
}
