import { Button, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useApp } from '../../app/app-context';
import { RouteLink } from '../../app/RouteLink';
import { messageOf } from '../../api/errors';
import type { LibraryEntryView } from '../../api/types';
import { SERVICE_TYPE_LABELS } from '../../../../src/domain/service-types';
import { saveFile } from '../../ui/save-file';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    overflowWrap: 'anywhere',
    minWidth: 0,
  },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
  facts: { display: 'grid', gap: tokens.spacingVerticalXXS, margin: 0 },
  fact: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, minWidth: 0 },
  files: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  big: { minHeight: '44px' },
});

/**
 * One good-practice entry as a card: what the service does, the standard, the service and organisation, whom to
 * contact, and its files (downloaded through the API). `footer` holds what the person may do with it.
 */
export function LibraryEntryCard({
  entry,
  headingLevel = 'h3',
  linkToEntry = false,
  footer,
  onError,
}: {
  entry: LibraryEntryView;
  headingLevel?: 'h2' | 'h3';
  linkToEntry?: boolean;
  footer?: ReactNode;
  onError?: (message: string) => void;
}) {
  const styles = useStyles();
  const { api } = useApp();

  const download = async (evidenceId: string, fileName: string) => {
    try {
      saveFile(await api.libraryAttachment(entry.id, evidenceId), fileName);
    } catch (error) {
      onError?.(messageOf(error));
    }
  };

  return (
    <article className={styles.card} aria-label={entry.title}>
      <Text
        block
        as={headingLevel}
        size={headingLevel === 'h2' ? 500 : 400}
        weight="semibold"
        className={styles.heading}
      >
        {linkToEntry ? <RouteLink to={{ page: 'library', entryId: entry.id }}>{entry.title}</RouteLink> : entry.title}
      </Text>
      <Text block as="p">
        {entry.whatTheyDo}
      </Text>
      <dl className={styles.facts}>
        <div className={styles.fact}>
          <dt className={styles.term}>Standard</dt>
          <dd className={styles.value}>
            {entry.standardCode} {entry.standardTitle}
            {entry.themeTitle ? ` (${entry.themeTitle})` : ''}
          </dd>
        </div>
        <div className={styles.fact}>
          <dt className={styles.term}>Service</dt>
          <dd className={styles.value}>
            {entry.subjectName}, {entry.organisationName}
            {entry.serviceType ? ` (${SERVICE_TYPE_LABELS[entry.serviceType]})` : ''}
          </dd>
        </div>
        {entry.contact.name ? (
          <div className={styles.fact}>
            <dt className={styles.term}>Contact</dt>
            <dd className={styles.value}>
              {entry.contact.name}, <Link href={`mailto:${entry.contact.email}`}>{entry.contact.email}</Link>
            </dd>
          </div>
        ) : null}
      </dl>
      {entry.attachments.length > 0 ? (
        <>
          <Text weight="semibold">Files</Text>
          <ul className={styles.files}>
            {entry.attachments.map((a) => (
              <li key={a.evidenceId}>
                <Button
                  appearance="transparent"
                  className={styles.big}
                  onClick={() => void download(a.evidenceId, a.fileName)}
                  aria-label={`Download ${a.fileName}`}
                >
                  {a.fileName}
                </Button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {footer}
    </article>
  );
}
