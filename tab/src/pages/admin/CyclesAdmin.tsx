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
import { forgetCached } from '../../api/cached';
import type { Cycle } from '../../api/types';
import { formatDate } from '../../ui/dates';
import { LoadView } from '../../ui/LoadView';
import { CycleForm, PHASES } from './CycleForm';
import { AddButton } from './AddButton';
import { SectionNotice } from './SectionNotice';

export function CyclesAdmin() {
  const { api, host } = useApp();
  const data = useLoad(async () => {
    const [cycles, frameworks] = await Promise.all([api.cycles(), api.frameworks()]);
    return { cycles, frameworks };
  }, 'cycles');
  const [editing, setEditing] = useState<Cycle | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const range = (w: { start: string; end: string }) =>
    `${formatDate(w.start, host.locale)} to ${formatDate(w.end, host.locale)}`;
  return (
    <LoadView state={data} onRetry={data.reload}>
      {({ cycles, frameworks }) => (
        <>
          <SectionNotice text={notice} />
          <AddButton label="Set up a cycle" onClick={() => setEditing('new')} />
          <Table aria-label="Cycles and their windows">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Cycle</TableHeaderCell>
                {PHASES.map((p) => (
                  <TableHeaderCell key={p.phase}>{p.label}</TableHeaderCell>
                ))}
                <TableHeaderCell>Change</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {cycles.map((c) => (
                <TableRow key={c.id}>
                  <TableCell>{c.name}</TableCell>
                  {PHASES.map((p) => (
                    <TableCell key={p.phase}>{range(c.windows[p.phase])}</TableCell>
                  ))}
                  <TableCell>
                    <Button size="small" onClick={() => setEditing(c)} aria-label={`Edit ${c.name}`}>
                      Edit
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {editing ? (
            <CycleForm
              key={editing === 'new' ? 'new' : editing.id}
              initial={editing === 'new' ? null : editing}
              frameworks={frameworks}
              onDone={(saved) => {
                setEditing(null);
                setNotice(saved);
                if (saved) {
                  forgetCached(api, 'cycles');
                  data.reload();
                }
              }}
            />
          ) : null}
        </>
      )}
    </LoadView>
  );
}
