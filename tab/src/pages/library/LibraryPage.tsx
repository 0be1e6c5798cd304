import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { RouteLink } from '../../app/RouteLink';
import { useLoad } from '../../app/use-load';
import type { LibrarySearchQueryString } from '../../api/types';
import { ActionNotice, type ActionResult } from '../../ui/ActionNotice';
import { LoadView } from '../../ui/LoadView';
import { PageHeader } from '../../ui/PageHeader';
import { LibraryEntryCard } from './LibraryEntryCard';
import { LibraryEntryView } from './LibraryEntryView';
import { LibrarySearch } from './LibrarySearch';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalM },
  section: { marginTop: tokens.spacingVerticalXL },
});

/**
 * The good-practice library: search and filter what services across the network do well, and whom to ask; the
 * service's leads also see the proposals waiting for their agreement. With an entry id, that one entry.
 */
export function LibraryPage({ entryId }: { entryId?: string | undefined }) {
  return entryId === undefined ? <LibrarySearchPage /> : <LibraryEntryView entryId={entryId} />;
}

function LibrarySearchPage() {
  const styles = useStyles();
  const { api } = useApp();
  const [query, setQuery] = useState<LibrarySearchQueryString>({});
  const page = useLoad(() => api.library(query), JSON.stringify(query));
  const [error, setError] = useState<ActionResult | null>(null);
  const showError = (text: string) => setError({ intent: 'error', text });

  return (
    <>
      <PageHeader
        title="Good practice"
        subtitle="What services across the network do well, in their own words, and whom to ask about it."
      />
      <ActionNotice result={error} />
      <LoadView state={page} onRetry={page.reload} loadingLabel="Searching the library…">
        {({ entries, awaitingAgreement, filters }) => (
          <>
            {awaitingAgreement.length > 0 ? (
              <section aria-labelledby="awaiting-heading">
                <Text block as="h2" size={500} weight="semibold" id="awaiting-heading">
                  Waiting for your agreement
                </Text>
                <Text block as="p">
                  Reviewers proposed these for the library. Nothing is published until your service agrees.
                </Text>
                <ul className={styles.list} data-testid="library-proposals">
                  {awaitingAgreement.map((e) => (
                    <li key={e.id}>
                      <LibraryEntryCard
                        entry={e}
                        onError={showError}
                        footer={
                          <RouteLink to={{ page: 'library', entryId: e.id }}>
                            Read the proposal and decide: {e.title}
                          </RouteLink>
                        }
                      />
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            <section className={styles.section} aria-labelledby="results-heading">
              <Text block as="h2" size={500} weight="semibold" id="results-heading">
                In the library
              </Text>
              <LibrarySearch filters={filters} query={query} onSearch={setQuery} />
              <Text block as="p" aria-live="polite">
                {entries.length === 0
                  ? 'Nothing matches. Try fewer words or clear a filter.'
                  : entries.length === 1
                    ? '1 entry'
                    : `${entries.length} entries`}
              </Text>
              <ul className={styles.list} data-testid="library-results">
                {entries.map((e) => (
                  <li key={e.id}>
                    <LibraryEntryCard entry={e} linkToEntry onError={showError} />
                  </li>
                ))}
              </ul>
            </section>
          </>
        )}
      </LoadView>
    </>
  );
}
