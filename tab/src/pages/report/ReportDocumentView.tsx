import {
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
import { useId } from 'react';
import type { Cell, ChartBlock, ReportBlock, ReportDocument, TableBlock } from '../../api/types';
import { LazyThemeChart } from '../dashboard/LazyThemeChart';
import { TableRegion } from '../../ui/TableRegion';

const useStyles = makeStyles({
  document: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, minWidth: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  paragraph: { margin: 0, overflowWrap: 'anywhere' },
  bullets: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, overflowWrap: 'anywhere' },
  number: { fontVariantNumeric: 'tabular-nums' },
});

function cellText(cell: Cell): string {
  return cell === null ? '–' : String(cell);
}

function ReportTable({ block }: { block: TableBlock }) {
  const styles = useStyles();
  const titleId = useId();
  return (
    <TableRegion labelledBy={titleId}>
      <Text as="h4" weight="semibold" id={titleId} block>
        {block.title}
      </Text>
      <Table size="small" aria-labelledby={titleId}>
        <TableHeader>
          <TableRow>
            {block.columns.map((c) => (
              <TableHeaderCell key={c}>{c}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {block.rows.map((row, i) => (
            <TableRow key={i}>
              {row.map((cell, j) => (
                <TableCell key={j} className={typeof cell === 'number' ? styles.number : undefined}>
                  {cellText(cell)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableRegion>
  );
}

/** The Word file's chart as the dashboard's bars, with its description (the figures in words) beneath it. */
function ReportChart({ block }: { block: ChartBlock }) {
  const styles = useStyles();
  const groups = block.categories.map((name, i) => ({
    name,
    values: block.series.map((s) => ({ legend: s.name, value: s.values[i] ?? null })),
  }));
  return (
    <div className={styles.section}>
      <LazyThemeChart title={block.title} groups={groups} sameFiguresIn="the description below the chart" />
      <Text size={200} className={styles.paragraph}>
        {block.description}
      </Text>
    </div>
  );
}

function Block({ block }: { block: ReportBlock }) {
  const styles = useStyles();
  switch (block.kind) {
    case 'paragraph':
      return <p className={styles.paragraph}>{block.text}</p>;
    case 'bullets':
      return (
        <ul className={styles.bullets}>
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      );
    case 'table':
      return <ReportTable block={block} />;
    case 'chart':
      return <ReportChart block={block} />;
  }
}

/**
 * The report as the Word file lays it out: the same document (sections of paragraphs, bullets, tables and
 * charts), so what the page shows and what the file says never differ.
 */
export function ReportDocumentView({ document }: { document: ReportDocument }) {
  const styles = useStyles();
  return (
    <article className={styles.document} aria-label={document.title}>
      <Text>{document.subtitle}</Text>
      {document.sections.map((section) => (
        <section key={section.heading} className={styles.section} aria-label={section.heading}>
          <Text as="h3" size={400} weight="semibold">
            {section.heading}
          </Text>
          {section.blocks.map((block, i) => (
            <Block key={i} block={block} />
          ))}
        </section>
      ))}
    </article>
  );
}
