import { evaluate, FilterSyntaxError, parseFilter, pathsOf } from './filter-parser';

describe('the simulator $filter parser', () => {
  const row: Record<string, unknown> = { 'fields/CycleId': 'cy-2026', 'fields/Rating': 'Met', 'fields/Score': 3 };
  const read = (path: string): unknown => row[path];

  it('compares text without case, as SharePoint does', () => {
    expect(evaluate(parseFilter("fields/Rating eq 'met'"), read)).toBe(true);
    expect(evaluate(parseFilter("fields/Rating ne 'MET'"), read)).toBe(false);
  });

  it('binds and tighter than or, and honours parentheses and not', () => {
    const source = "fields/CycleId eq 'x' and fields/Rating eq 'met' or fields/Score ge 3";
    expect(evaluate(parseFilter(source), read)).toBe(true);
    expect(evaluate(parseFilter("fields/CycleId eq 'x' and (fields/Rating eq 'met' or fields/Score ge 3)"), read)).toBe(
      false,
    );
    expect(evaluate(parseFilter("not fields/CycleId eq 'x'"), read)).toBe(true);
  });

  it('reads doubled quotes inside strings, numbers and startswith()', () => {
    expect(parseFilter("fields/Name eq 'O''Brien'")).toEqual({
      kind: 'compare',
      op: 'eq',
      path: 'fields/Name',
      value: "O'Brien",
    });
    expect(evaluate(parseFilter('fields/Score lt 3.5'), read)).toBe(true);
    expect(evaluate(parseFilter("startswith(fields/CycleId,'CY-')"), read)).toBe(true);
  });

  it('lists every property the filter reads (to check they are indexed)', () => {
    const tree = parseFilter("fields/A eq '1' or (fields/B eq '2' and not fields/C eq null)");
    expect(pathsOf(tree)).toEqual(['fields/A', 'fields/B', 'fields/C']);
  });

  it.each(["fields/A eq 'open", 'fields/A eq', "fields/A like 'x'", "(fields/A eq 'x'", "fields/A eq 'x' )"])(
    'refuses %j',
    (source) => {
      expect(() => parseFilter(source)).toThrow(FilterSyntaxError);
    },
  );
});
