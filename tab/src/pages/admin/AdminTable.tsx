import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { TableRegion } from '../../ui/TableRegion';

export interface AdminColumn<Row> {
  /** Also the column's key: headers are unique within a table. */
  readonly header: string;
  readonly cell: (row: Row) => ReactNode;
}

/** A section's table: one row an item, and a last "Change" column with what can be done to it. */
export function AdminTable<Row extends { readonly id: string }>({
  label,
  rows,
  columns,
  change,
}: {
  label: string;
  rows: readonly Row[];
  columns: readonly AdminColumn<Row>[];
  change: (row: Row) => ReactNode;
}) {
  return (
    <TableRegion label={label}>
      <Table aria-label={label}>
        <TableHeader>
          <TableRow>
            {columns.map((c) => (
              <TableHeaderCell key={c.header}>{c.header}</TableHeaderCell>
            ))}
            <TableHeaderCell>Change</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id}>
              {columns.map((c) => (
                <TableCell key={c.header}>{c.cell(row)}</TableCell>
              ))}
              <TableCell>{change(row)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableRegion>
  );
}

/** Opens a row's form; the accessible name says which row, since every row's button reads "Edit". */
export function EditButton({ name, onClick }: { name: string; onClick: () => void }) {
  return (
    <Button size="small" onClick={onClick} aria-label={`Edit ${name}`}>
      Edit
    </Button>
  );
}
