import { useApp } from '../../app/app-context';
import { useLoad } from '../../app/use-load';
import { forgetCached } from '../../api/cached';
import type { Cycle } from '../../api/types';
import { formatDate } from '../../ui/dates';
import { LoadView } from '../../ui/LoadView';
import { AdminTable, EditButton } from './AdminTable';
import { CycleForm, PHASES } from './CycleForm';
import { EditableList } from './EditableList';
import { useItemEditing } from './use-item-editing';

export function CyclesAdmin() {
  const { api } = useApp();
  const data = useLoad(async () => {
    const [cycles, frameworks] = await Promise.all([api.cycles(), api.frameworks()]);
    return { cycles, frameworks };
  }, 'cycles');
  const editing = useItemEditing<Cycle>(() => {
    // Other pages keep the cycle list for a minute; a changed window must show there at once.
    forgetCached(api, 'cycles');
    data.reload();
  });
  const range = (w: { start: string; end: string }) => `${formatDate(w.start)} to ${formatDate(w.end)}`;
  return (
    <LoadView state={data} onRetry={data.reload}>
      {({ cycles, frameworks }) => (
        <EditableList
          editing={editing}
          addLabel="Set up a cycle"
          form={(initial, onDone) => <CycleForm initial={initial} onDone={onDone} frameworks={frameworks} />}
        >
          <AdminTable
            label="Cycles and their windows"
            rows={cycles}
            columns={[
              { header: 'Cycle', cell: (c) => c.name },
              ...PHASES.map((p) => ({ header: p.label, cell: (c: Cycle) => range(c.windows[p.phase]) })),
            ]}
            change={(c) => <EditButton name={c.name} onClick={() => editing.edit(c)} />}
          />
        </EditableList>
      )}
    </LoadView>
  );
}
