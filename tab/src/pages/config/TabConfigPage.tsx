import { Field, makeStyles, MessageBar, MessageBarBody, Select, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useApp } from '../../app/app-context';
import { RouteLink } from '../../app/RouteLink';
import { routeToUrl } from '../../app/routes';
import { useLoad } from '../../app/use-load';
import type { Service } from '../../api/types';
import type { TabConfiguration } from '../../host/host-info';
import { PAGE_NAMES } from '../../../../src/domain/labels';
import { LoadView } from '../../ui/LoadView';
import { PageHeader } from '../../ui/PageHeader';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '36rem' },
});

/** What a channel tab bound to one service saves: it opens that service's progress. */
export function configurationFor(service: Service, origin: string): TabConfiguration {
  const url = new URL(routeToUrl({ page: 'dashboard', view: 'service', serviceId: service.id }), origin).href;
  return {
    entityId: `service:${service.id}`,
    contentUrl: url,
    websiteUrl: url,
    suggestedDisplayName: `Mind & Body: ${service.name}`.slice(0, 50),
  };
}

/** The configuration page of the channel/team tab: choose the service the tab shows. */
export function TabConfigPage() {
  const styles = useStyles();
  const { api, host } = useApp();
  const services = useLoad(() => api.services(), 'services');
  const [serviceId, setServiceId] = useState('');
  const chosen = services.data?.find((s) => s.id === serviceId) ?? null;

  // Teams keeps one save handler: registering again with the new choice replaces the previous one.
  useEffect(() => {
    host.tabConfig?.onSave(() => (chosen ? configurationFor(chosen, window.location.origin) : null));
  }, [host, chosen]);
  useEffect(() => {
    host.tabConfig?.setValid(serviceId !== '');
  }, [host, serviceId]);

  return (
    <>
      <PageHeader
        title="Add Mind & Body progress to this channel"
        subtitle="The tab shows one service's self-assessment progress."
      />
      {!host.tabConfig ? (
        <MessageBar intent="info">
          <MessageBarBody>
            Teams shows this page when someone adds the app to a channel. Outside Teams you can open{' '}
            <RouteLink to={{ page: 'dashboard' }}>{PAGE_NAMES.dashboard}</RouteLink> directly.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <LoadView state={services} onRetry={services.reload} loadingLabel="Loading services…">
        {(list) => (
          <div className={styles.form}>
            <Field label="Which service should this tab show?" required>
              <Select value={serviceId} onChange={(_, data) => setServiceId(data.value)}>
                <option value="">Choose a service</option>
                {list.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </Select>
            </Field>
            {chosen ? <Text>Then select Save: the tab will open {chosen.name}&apos;s progress.</Text> : null}
          </div>
        )}
      </LoadView>
    </>
  );
}
