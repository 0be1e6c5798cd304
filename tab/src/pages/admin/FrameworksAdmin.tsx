import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { useLoad } from '../../app/use-load';
import { messageOf } from '../../api/errors';
import type { FrameworkSummary } from '../../api/types';
import { ConfirmAction, type Confirmation } from '../../ui/ConfirmAction';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadView } from '../../ui/LoadView';
import { AdminTable } from './AdminTable';
import { FrameworkImportForm } from './FrameworkImportForm';
import { SectionNotice } from './SectionNotice';
import { StarterFrameworkPanel } from './StarterFrameworkPanel';

const STATUS: Readonly<Record<FrameworkSummary['status'], string>> = {
  draft: 'Draft',
  published: 'Published',
  retired: 'Retired',
};

/** Publishing cannot be undone: what it does, said before it is done. */
function publishConfirmation(f: FrameworkSummary): Confirmation {
  return {
    question: `Publish ${f.name} version ${f.versionNumber}?`,
    consequences: [
      `Its ${f.standardCount} standards become fixed: a published version can never be edited or unpublished. To change anything later, import a new version.`,
      'Network admins can then set up cycles that use it, and every service assessed in those cycles answers its standards.',
    ],
    confirmLabel: 'Publish it',
  };
}

export function FrameworksAdmin() {
  const { api } = useApp();
  const list = useLoad(() => api.frameworks(), 'frameworks');
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [toPublish, setToPublish] = useState<FrameworkSummary | null>(null);
  const [busy, setBusy] = useState(false);
  const publish = async (f: FrameworkSummary) => {
    setError(null);
    setBusy(true);
    try {
      const full = await api.framework(f.id);
      await api.publishFramework(f.id, full.version);
      setNotice(`${f.name} version ${f.versionNumber} is published: cycles can use it now.`);
      list.reload();
    } catch (e) {
      setError(new Error(messageOf(e)));
    } finally {
      setBusy(false);
      setToPublish(null);
    }
  };
  return (
    <LoadView state={list} onRetry={list.reload}>
      {(frameworks) => (
        <>
          <SectionNotice text={notice} />
          <StarterFrameworkPanel
            frameworkCount={frameworks.length}
            onStarted={(text) => {
              setNotice(text);
              list.reload();
            }}
          />
          {error ? <ErrorMessage error={error} /> : null}
          {toPublish ? (
            <ConfirmAction
              confirmation={publishConfirmation(toPublish)}
              busy={busy}
              onConfirm={() => void publish(toPublish)}
              onCancel={() => setToPublish(null)}
            />
          ) : null}
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
                  onClick={() => setToPublish(f)}
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
