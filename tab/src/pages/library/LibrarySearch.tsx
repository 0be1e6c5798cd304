import { Button, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { LibraryFilterOptions, LibrarySearchQueryString, ServiceType } from '../../api/types';
import { SERVICE_TYPE_LABELS } from '../../../../src/domain/service-types';

const useStyles = makeStyles({
  form: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 14rem), 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
    marginBlock: tokens.spacingVerticalM,
    // A pick list is as wide as its longest option unless told otherwise: on a phone that pushed the page sideways.
    '& > *': { minWidth: 0 },
  },
  pick: { minWidth: 0, maxWidth: '100%', '& select': { minWidth: 0, maxWidth: '100%' } },
  big: { minHeight: '44px' },
});

/** The search words and the four filters; the filters offer only what the library holds. */
export function LibrarySearch({
  filters,
  query,
  onSearch,
}: {
  filters: LibraryFilterOptions;
  query: LibrarySearchQueryString;
  onSearch: (query: LibrarySearchQueryString) => void;
}) {
  const styles = useStyles();
  const [q, setQ] = useState(query.q ?? '');
  const set = (patch: Partial<LibrarySearchQueryString>) => {
    const next: Record<string, string | undefined> = { ...query, q: q.trim() || undefined, ...patch };
    onSearch(Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined && v !== '')));
  };
  return (
    <form
      role="search"
      aria-label="Search the library"
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        set({});
      }}
    >
      <Field label="Search">
        <Input value={q} onChange={(_, d) => setQ(d.value)} placeholder="For example: smoking, carers, diabetes" />
      </Field>
      <Field label="Theme">
        <Select
          className={styles.pick}
          value={query.themeCode ?? ''}
          onChange={(_, d) => set({ themeCode: d.value || undefined })}
        >
          <option value="">All themes</option>
          {filters.themes.map((t) => (
            <option key={t.code} value={t.code}>
              {t.code} {t.title}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Standard">
        <Select
          className={styles.pick}
          value={query.standardCode ?? ''}
          onChange={(_, d) => set({ standardCode: d.value || undefined })}
        >
          <option value="">All standards</option>
          {filters.standards.map((s) => (
            <option key={s.code} value={s.code}>
              {s.code} {s.title}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Organisation">
        <Select
          className={styles.pick}
          value={query.organisationId ?? ''}
          onChange={(_, d) => set({ organisationId: d.value || undefined })}
        >
          <option value="">All organisations</option>
          {filters.organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Type of service">
        <Select
          value={query.serviceType ?? ''}
          onChange={(_, d) => set({ serviceType: (d.value || undefined) as ServiceType | undefined })}
        >
          <option value="">All types of service</option>
          {filters.serviceTypes.map((t) => (
            <option key={t} value={t}>
              {SERVICE_TYPE_LABELS[t]}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" appearance="primary" className={styles.big}>
        Search
      </Button>
    </form>
  );
}
