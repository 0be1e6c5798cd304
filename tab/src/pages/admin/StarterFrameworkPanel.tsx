import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useApp } from '../../app/app-context';
import { useLoad } from '../../app/use-load';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { PermittedButton } from '../../ui/PermittedButton';
import { useSubmit } from './use-submit';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalS,
    maxWidth: '40rem',
    padding: tokens.spacingHorizontalL,
    marginBottom: tokens.spacingVerticalL,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  heading: { margin: 0 },
});

/**
 * A network starting from nothing: while the API offers it (the network has no framework yet), the admin may
 * start from the app's starter framework, imported as a draft to read and publish, or import their own below.
 * Once the network has a framework the API no longer offers it, and nothing is shown.
 */
export function StarterFrameworkPanel({
  frameworkCount,
  onStarted,
}: {
  /** Reloads the offer when the network's frameworks change. */
  frameworkCount: number;
  onStarted: (notice: string) => void;
}) {
  const styles = useStyles();
  const headingId = useId();
  const { api } = useApp();
  const offer = useLoad(() => api.starterFramework(), `starter-framework:${frameworkCount}`);
  const submit = useSubmit();
  if (offer.status !== 'ready' || !offer.data.start.allowed) return null;
  const { name, themeCount, standardCount, illustrative } = offer.data;
  const start = async () => {
    const started = await submit.run(
      () => api.startFromStarterFramework(),
      (f) => `${f.name} is imported.`,
    );
    if (started) {
      onStarted(
        `${started.name} is imported as a draft. Read it through, then publish it to use it in a cycle; import ` +
          'your own framework as a new version whenever it is ready.',
      );
    }
  };
  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        Start with a framework
      </h2>
      <Text>
        The network has no framework yet. Start from the app&apos;s starter framework, {name}: {themeCount} themes and{' '}
        {standardCount} standards
        {illustrative ? ', written as an illustration for your network to replace with its own' : ''}. Or, if your
        network already has its own framework, import it below.
      </Text>
      {submit.formError ? <ErrorMessage error={new Error(submit.formError)} /> : null}
      <PermittedButton
        permission={offer.data.start}
        appearance="primary"
        disabled={submit.busy}
        onClick={() => void start()}
      >
        Start from the starter framework
      </PermittedButton>
    </section>
  );
}
