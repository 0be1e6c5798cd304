import {
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { messageOf } from '../../../api/errors';
import type { Permission, Standard } from '../../../api/types';
import { ActionNotice, type ActionResult } from '../../../ui/ActionNotice';
import { formatTime } from '../../../ui/dates';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { LinkToStandards } from './LinkToStandards';
import { UploadButton } from './UploadButton';
import { UploadProgressList } from './UploadProgressList';
import { canPreview, formatSize, useEvidenceContext } from './use-evidence';
import { TableRegion } from '../../../ui/TableRegion';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { margin: 0, outlineStyle: 'none' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** Every file of the assessment, the standards each supports, and linking one file to more standards. */
export function EvidenceLibrary({
  standards,
  linksOf,
  addEvidence,
  nameOf,
}: {
  standards: readonly Standard[];
  linksOf: (evidenceId: string) => readonly string[];
  /** Whether the person may add and link files, and why not (from the API). */
  addEvidence: Permission;
  nameOf: (personId: string | null) => string;
}) {
  const styles = useStyles();
  const evidence = useEvidenceContext();
  const [linking, setLinking] = useState<string | null>(null);
  const [notice, setNotice] = useState<ActionResult | null>(null);
  if (!evidence) return null;
  const canAdd = addEvidence.allowed;
  const records = evidence.records ?? [];
  const linkingRecord = records.find((r) => r.id === linking);
  const act = (action: () => Promise<void>) => {
    setNotice(null);
    action().catch((e: unknown) => setNotice({ intent: 'error', text: messageOf(e) }));
  };
  return (
    <section className={styles.panel} aria-labelledby="evidence-title">
      <Text block as="h2" size={600} weight="semibold" id="evidence-title" className={styles.heading} tabIndex={-1}>
        Evidence library
      </Text>
      <Text block>One file can support several standards: upload it once and link it wherever it helps.</Text>
      {evidence.loadError ? <ErrorMessage error={evidence.loadError} /> : null}
      <ActionNotice result={notice} />
      {addEvidence.allowed ? (
        <UploadButton label="Upload files" onFiles={(files) => files.forEach((f) => void evidence.upload(f, []))} />
      ) : (
        <Text block>{addEvidence.reason}</Text>
      )}
      <UploadProgressList
        uploads={evidence.uploads.filter((u) => u.standardCode === null)}
        onDismiss={evidence.dismissUpload}
      />
      {records.length === 0 ? (
        <Text>No files yet. Upload them here, or from a standard.</Text>
      ) : (
        <TableRegion label="Evidence files">
          <Table aria-label="Evidence files" data-testid="evidence-library">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>File</TableHeaderCell>
                <TableHeaderCell>Size</TableHeaderCell>
                <TableHeaderCell>Added</TableHeaderCell>
                <TableHeaderCell>Supports</TableHeaderCell>
                <TableHeaderCell>Use</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {records.map((r) => (
                <TableRow key={r.id}>
                  <TableCell>{r.fileName}</TableCell>
                  <TableCell>{formatSize(r.sizeBytes)}</TableCell>
                  <TableCell>
                    {formatTime(r.uploadedAt)} by {nameOf(r.uploadedBy)}
                  </TableCell>
                  <TableCell>{linksOf(r.id).join(', ') || 'No standard yet'}</TableCell>
                  <TableCell>
                    <span className={styles.actions}>
                      {canPreview(r) ? (
                        <Button
                          size="small"
                          onClick={() => act(() => evidence.open(r, 'open'))}
                          aria-label={`Open ${r.fileName}`}
                        >
                          Open
                        </Button>
                      ) : null}
                      <Button
                        size="small"
                        onClick={() => act(() => evidence.open(r, 'download'))}
                        aria-label={`Download ${r.fileName}`}
                      >
                        Download
                      </Button>
                      {canAdd ? (
                        <Button
                          size="small"
                          onClick={() => setLinking(r.id)}
                          aria-label={`Use ${r.fileName} for more standards`}
                        >
                          Use for more standards
                        </Button>
                      ) : null}
                    </span>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableRegion>
      )}
      {linkingRecord ? (
        <LinkToStandards
          key={linkingRecord.id}
          record={linkingRecord}
          standards={standards.filter((s) => !linksOf(linkingRecord.id).includes(s.code))}
          onLink={(codes) => evidence.link(linkingRecord.id, codes)}
          onClose={(text) => {
            setLinking(null);
            setNotice(text ? { intent: 'success', text } : null);
          }}
        />
      ) : null}
    </section>
  );
}
