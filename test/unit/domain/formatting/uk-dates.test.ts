import { execFileSync } from 'node:child_process';
import path from 'node:path';
import {
  clockTime,
  dateAndTime,
  longDate,
  tableDate,
  ukDateOf,
  weekdayDate,
  weekdayName,
} from '../../../../src/domain/formatting/uk-dates';

describe('dates as the NHS writes them', () => {
  it('writes a date in text with the month in full: 18 January 2027', () => {
    expect(longDate('2027-01-18')).toBe('18 January 2027');
    expect(longDate('2027-01-01')).toBe('1 January 2027');
  });

  it('writes a date in a table as 18/01/2027', () => {
    expect(tableDate('2027-01-18')).toBe('18/01/2027');
  });

  it('writes the same dates and times on a server in New York with an American locale', () => {
    // A process of its own: the time zone and locale are read when a process starts.
    const root = path.resolve(__dirname, '../../../..');
    const script = [
      "const f = require('./src/domain/formatting/uk-dates.ts');",
      'const offset = new Date("2027-01-18T12:00:00Z").getTimezoneOffset();',
      'const local = new Date("2027-01-18T12:00:00Z").toLocaleDateString();',
      'console.log(JSON.stringify([offset, local, f.longDate("2027-03-28"), f.tableDate("2027-12-31"),',
      '  f.dateAndTime("2027-07-18T23:05:00Z"), f.ukDateOf(new Date("2027-06-30T23:30:00Z"))]));',
    ].join('\n');
    const output = execFileSync(path.join(root, 'node_modules/.bin/tsx'), ['-e', script], {
      cwd: root,
      env: { ...process.env, TZ: 'America/New_York', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' },
      encoding: 'utf8',
    });
    // The process really is in New York, writing American dates by default, and the UK formats do not move.
    expect(JSON.parse(output)).toEqual([
      300,
      '1/18/2027',
      '28 March 2027',
      '31/12/2027',
      '19 July 2027 at 00:05',
      '2027-07-01',
    ]);
  });

  it('writes a visit day with its weekday: Monday 18 January 2027', () => {
    expect(weekdayDate('2027-01-18')).toBe('Monday 18 January 2027');
    expect(weekdayName('2027-01-18')).toBe('Monday');
  });

  it('gives an instant the day it was in London, not in New York', () => {
    // 23:30 in London in winter is 18:30 in New York on the same day; 00:30 London time is the previous evening there.
    expect(longDate('2027-01-19T00:30:00Z')).toBe('19 January 2027');
    // In British Summer Time, 23:30 UTC is already the next day in London.
    expect(longDate('2027-06-30T23:30:00Z')).toBe('1 July 2027');
    expect(tableDate('2027-06-30T23:30:00Z')).toBe('01/07/2027');
  });

  it('writes times on the 24-hour clock in London time, summer and winter', () => {
    expect(clockTime('2027-01-18T14:05:00Z')).toBe('14:05');
    expect(clockTime('2027-07-18T14:05:00Z')).toBe('15:05');
    expect(clockTime('2027-07-18T23:05:00Z')).toBe('00:05');
    expect(dateAndTime('2027-07-18T23:05:00Z')).toBe('19 July 2027 at 00:05');
  });

  it('says what it was given when it is not a date, rather than "Invalid Date"', () => {
    expect(longDate('soon')).toBe('soon');
    expect(dateAndTime('soon')).toBe('soon');
  });

  it("knows today's date in the UK for an instant", () => {
    expect(ukDateOf(new Date('2027-06-30T23:30:00Z'))).toBe('2027-07-01');
    expect(ukDateOf(new Date('2027-01-18T23:30:00Z'))).toBe('2027-01-18');
  });
});
