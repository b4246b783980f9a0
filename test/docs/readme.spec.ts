import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const README = readFileSync(join(__dirname, '../../README.md'), 'utf8');

/** The lines of one `## ` section of the README. */
function section(title: string): string[] {
  const lines = README.split('\n');
  const start = lines.indexOf(`## ${title}`);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  return lines.slice(start + 1, end === -1 ? undefined : end);
}

describe('README', () => {
  it('lists each API area once', () => {
    const areas = section('The API in brief')
      .filter((line) => line.startsWith('- '))
      .map((line) => line.slice(2).split(':')[0].trim());
    expect(areas.length).toBeGreaterThanOrEqual(6);
    expect(areas.filter((area, i) => areas.indexOf(area) !== i)).toEqual([]);
  });
});
