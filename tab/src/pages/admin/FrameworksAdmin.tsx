import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { useLoad } from '../../app/use-load';
import { messageOf } from '../../api/errors';
import type { FrameworkSummary } from '../../api/types';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadView } from '../../ui/LoadView';
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
          <Table aria-label="Framework versions">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Framework</TableHeaderCell>
                <TableHeaderCell>Version</TableHeaderCell>
                <TableHeaderCell>Standards</TableHeaderCell>
                <TableHeaderCell>Status</TableHeaderCell>
                <TableHeaderCell>Change</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {frameworks.map((f) => (
                <TableRow key={f.id}>
                  <TableCell>
                    {f.name}
                    {f.illustrative ? ' (illustrative, for the network to replace)' : ''}
                  </TableCell>
                  <TableCell>{f.versionNumber}</TableCell>
                  <TableCell>{f.standardCount}</TableCell>
                  <TableCell>{STATUS[f.status]}</TableCell>
                  <TableCell>
                    {f.status === 'draft' ? (
                      <Button
                        size="small"
                        onClick={() => void publish(f)}
                        aria-label={`Publish ${f.name} version ${f.versionNumber}`}
                      >
                        Publish
                      </Button>
                    ) : (
                      'No changes: published versions are fixed'
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
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
