import { parseCsv, writeCsv } from '../../../src/domain/csv';

describe('parseCsv', () => {
  it('reads plain cells and both CRLF and LF line ends', () => {
    expect(parseCsv('a,b,c\r\n1,2,3\n4,,6').records).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['1', '2', '3'] },
      { line: 3, cells: ['4', '', '6'] },
    ]);
  });

  it('reads quoted commas, doubled quotes and line breaks, and reports the line each record starts on', () => {
    const text = 'code,text\r\n"1.1","Say ""hello"", then go"\r\n1.2,"two\r\nlines\nhere"\r\n1.3,last\r\n';
    const { records, errors } = parseCsv(text);
    expect(errors).toEqual([]);
    expect(records).toEqual([
      { line: 1, cells: ['code', 'text'] },
      { line: 2, cells: ['1.1', 'Say "hello", then go'] },
      { line: 3, cells: ['1.2', 'two\r\nlines\nhere'] },
      { line: 6, cells: ['1.3', 'last'] },
    ]);
  });

  it('drops a byte order mark and skips blank lines without losing count of lines', () => {
    expect(parseCsv('\uFEFFa,b\r\n\r\n\nc,d').records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 4, cells: ['c', 'd'] },
    ]);
  });

  it('keeps a quote inside an unquoted cell, and an empty last cell', () => {
    expect(parseCsv('5" screen,\n').records).toEqual([{ line: 1, cells: ['5" screen', ''] }]);
  });

  it('reports a quote that is never closed, on the line where it opened', () => {
    const { errors } = parseCsv('a,b\n1,"open\n2,3\n');
    expect(errors).toEqual([expect.objectContaining({ line: 2, cell: 1 })]);
  });

  it('reports text after a closing quote, keeping the cell as written', () => {
    const { records, errors } = parseCsv('"ab"c,d');
    expect(records[0]?.cells).toEqual(['"ab"c', 'd']);
    expect(errors).toEqual([expect.objectContaining({ line: 1, cell: 0 })]);
  });
});

describe('parseCsv line numbers', () => {
  it('places problems on their physical lines after multi-line cells, blank lines and non-ASCII text', () => {
    const { records, errors } = parseCsv('é,日本\r\n"x\r\ny",1\r\n\r\n2,"q"z\r\n3,"open\r\n4,5');
    expect(records.map((r) => r.line)).toEqual([1, 2, 5]);
    expect(errors).toEqual([
      expect.objectContaining({ line: 5, cell: 1, message: expect.stringMatching(/^Text follows a closing quote/) }),
      expect.objectContaining({ line: 6, cell: 1, message: expect.stringMatching(/^A quoted cell is never closed/) }),
    ]);
  });
});

describe('writeCsv', () => {
  it('quotes only the cells that need it and ends lines with CRLF', () => {
    expect(writeCsv([['a', 'b,c', 'say "hi"', 'x\ny', '']])).toBe('a,"b,c","say ""hi""","x\ny",\r\n');
  });

  it('round-trips awkward cells', () => {
    const rows = [
      ['code', 'text'],
      ['1.1', 'Commas, "quotes", and\r\nline breaks\nof both kinds'],
      ['1.2', ' leading and trailing spaces '],
      ['1.3', ''],
    ];
    expect(parseCsv(writeCsv(rows)).records.map((r) => r.cells)).toEqual(rows);
  });

  it('neutralises text cells a spreadsheet would run as a formula, by putting a single quote in front', () => {
    const csv = writeCsv([['=HYPERLINK("https://evil.example","Click")', '+1+2', '-2+3', '@SUM(A1)', '\tx', '\rx']]);
    expect(parseCsv(csv).records[0]?.cells).toEqual([
      `'=HYPERLINK("https://evil.example","Click")`,
      "'+1+2",
      "'-2+3",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
    ]);
  });

  it('leaves numbers, including negative ones, and harmless text alone', () => {
    expect(writeCsv([[-3, 2.5, 'Met = good', 'a-b']])).toBe('-3,2.5,Met = good,a-b\r\n');
  });
});
