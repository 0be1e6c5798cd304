import { Button, Field, makeStyles, ProgressBar, Text, tokens } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { PAGE_NAMES } from '../../../../src/domain/labels';
import { useApp } from '../../app/app-context';
import { RouteLink } from '../../app/RouteLink';
import { useLoad } from '../../app/use-load';
import { describeDue, formatDate, todayIso } from '../../ui/dates';
import { LoadView } from '../../ui/LoadView';
import { PageHeader } from '../../ui/PageHeader';
import { workItems, type WorkItem } from './work-items';

// Rarely changed, so its code (and the radio group's) loads after the list of work, not with the first page.
const NotificationChoice = lazy(() => import('./NotificationChoice').then((m) => ({ default: m.NotificationChoice })));
// Only staff of a service with an open questionnaire see it, so it loads after the list of work too.
const StaffQuestionnairesToAnswer = lazy(() =>
  import('../staff-questionnaire/StaffQuestionnairesToAnswer').then((m) => ({
    default: m.StaffQuestionnairesToAnswer,
  })),
);

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalM },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  title: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
  progress: { maxWidth: '24rem' },
  chat: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalL,
  },
});

/** Only where the host has the bot's chat (Teams): reminders and ratings as cards, for people who prefer chat. */
function BotChatOffer({ open }: { open: () => Promise<void> }) {
  const styles = useStyles();
  return (
    <div className={styles.chat}>
      <Text>Reminders and quick ratings also come to you in a chat with the app.</Text>
      <Button
        onClick={() =>
          void open().catch((error: unknown) => console.warn('The chat with the app could not be opened', error))
        }
      >
        Open the chat
      </Button>
    </div>
  );
}

function WorkCard({ item }: { item: WorkItem }) {
  const styles = useStyles();
  const today = todayIso();
  return (
    <li className={styles.item}>
      <Text block as="h2" size={400} weight="semibold" className={styles.title}>
        {item.route ? <RouteLink to={item.route}>{item.title}</RouteLink> : item.title}
      </Text>
      <Text className={styles.muted}>{item.detail}</Text>
      <Text weight="semibold">
        {item.dueDate ? `Due ${formatDate(item.dueDate)} (${describeDue(item.dueDate, today)})` : 'No deadline yet'}
      </Text>
      {item.progress ? (
        <Field className={styles.progress} label={`${item.progress.done} of ${item.progress.total} rated`}>
          <ProgressBar value={item.progress.total === 0 ? 0 : item.progress.done / item.progress.total} />
        </Field>
      ) : null}
    </li>
  );
}

/** What is assigned to me and due, across self-assessments, standards and peer reviews, soonest first. */
export function MyWorkPage() {
  const styles = useStyles();
  const { api, me, host } = useApp();
  // Everything comes from GET /me/work: the same rules that send the reminders; a failure is shown, not hidden.
  const work = useLoad(async () => workItems(await api.myWork()), me.person.id);
  return (
    <>
      <PageHeader title={PAGE_NAMES.myWork} subtitle="What is assigned to you and when it is due, soonest first." />
      {host.openBotChat ? <BotChatOffer open={host.openBotChat} /> : null}
      <LoadView state={work} onRetry={work.reload} loadingLabel="Finding your work…">
        {(items) =>
          items.length === 0 ? (
            <Text block as="p">
              Nothing is waiting for you right now. The{' '}
              <RouteLink to={{ page: 'dashboard' }}>{PAGE_NAMES.dashboard.toLowerCase()}</RouteLink> shows how your
              service is doing.
            </Text>
          ) : (
            <ul className={styles.list} aria-label="Your work, soonest deadline first" data-testid="my-work">
              {items.map((item) => (
                <WorkCard key={item.id} item={item} />
              ))}
            </ul>
          )
        }
      </LoadView>
      <Suspense fallback={null}>
        <StaffQuestionnairesToAnswer />
      </Suspense>
      <Suspense fallback={null}>
        <NotificationChoice />
      </Suspense>
    </>
  );
}
