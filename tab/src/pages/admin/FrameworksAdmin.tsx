import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { useLoad } from '../../app/use-load';
import { messageOf } from '../../api/errors';
import type { FrameworkSummary } from '../../api/types';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadView } from '../../ui/LoadView';
import { AdminTable } from './AdminTable';
import { FrameworkImportForm } from './FrameworkImportForm';
import { SectionNotice } from './SectionNotice';

const STATUS: Readonly<Record<FrameworkSummary['status'], string>> = {
  draft: 'Draft',
  published: 'Published',
  retired: 'Retired',
};

export function FrameworksAdmin() {
  const { api } = useApp();
  const list = useLoad(() => api.frameworks(), 'frameworks');
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const publish = async (f: FrameworkSummary) => {
    setError(null);
    try {
      const full = await api.framework(f.id);
      await api.publishFramework(f.id, full.version);
      setNotice(`${f.name} version ${f.versionNumber} is published: cycles can use it now.`);
      list.reload();
    } catch (e) {
      setError(new Error(messageOf(e)));
    }
  };
  return (
    <LoadView state={list} onRetry={list.reload}>
      {(frameworks) => (
        <>
          <SectionNotice text={notice} />
          {error ? <ErrorMessage error={error} /> : null}
          <AdminTable
            label="Framework versions"
            rows={frameworks}
            columns={[
              {
                header: 'Framework',
                cell: (f) => `${f.name}${f.illustrative ? ' (illustrative, for the network to replace)' : ''}`,
              },
              { header: 'Version', cell: (f) => f.versionNumber },
              { header: 'Standards', cell: (f) => f.standardCount },
              { header: 'Status', cell: (f) => STATUS[f.status] },
            ]}
            change={(f) =>
              f.status === 'draft' ? (
                <Button
                  size="small"
                  onClick={() => void publish(f)}
                  aria-label={`Publish ${f.name} version ${f.versionNumber}`}
                >
                  Publish
                </Button>
              ) : (
                'No changes: published versions are fixed'
              )
            }
          />
          <FrameworkImportForm
            frameworks={frameworks}
            onImported={(text) => {
              setNotice(text);
              list.reload();
            }}
          />
        </>
      )}
    </LoadView>
  );
}
