import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { ApiProblemError } from '../../api/errors';
import type { Problem } from '../../api/types';
import { TableRegion } from '../../ui/TableRegion';

/** One problem of the file, as the API reports it: the line (CSV), the field and what to fix. */
export type ImportError = NonNullable<Problem['errors']>[number];

/** The problems of a framework file, when the API refused it as a whole. */
export function importErrorsOf(error: unknown): readonly ImportError[] | null {
  if (!(error instanceof ApiProblemError) || error.code !== 'invalid_framework') return null;
  return error.problem.errors ?? [];
}

/** Every problem of the imported file, line by line, so it can be fixed in one go. */
export function ImportErrors({ errors }: { errors: readonly ImportError[] }) {
  return (
    <>
      <Text block weight="semibold">
        Nothing was imported. Fix {errors.length === 1 ? 'this line' : `these ${errors.length} lines`} and import the
        file again.
      </Text>
      <TableRegion label="Problems in the framework file">
        <Table size="small" aria-label="Problems in the framework file" data-testid="import-errors">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Line</TableHeaderCell>
              <TableHeaderCell>Field</TableHeaderCell>
              <TableHeaderCell>What to fix</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {errors.map((e, i) => (
              <TableRow key={`${e.line ?? '-'}-${e.field}-${i}`}>
                <TableCell>{e.line ?? '–'}</TableCell>
                <TableCell>{e.field}</TableCell>
                <TableCell>{e.message}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableRegion>
    </>
  );
}
