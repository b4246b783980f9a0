import * as path from 'node:path';
import { checkModuleBoundaries } from './module-boundaries';

describe('architecture: module boundaries', () => {
  it('finds exactly the violations planted in the fixture tree (the rule bites)', () => {
    expect(checkModuleBoundaries(path.join(__dirname, 'fixtures', 'violating-tree')).violations).toEqual([
      { file: 'src/modules/a/application/uses-b.ts', specifier: '../../b/domain/thing', rule: 'module-imports-other-module-internals' },
      { file: 'src/modules/b/domain/thing.ts', specifier: '@nestjs/common', rule: 'domain-imports-framework' },
    ]);
  });

  it('finds none in the real source tree', () => {
    const { files, violations } = checkModuleBoundaries(path.join(__dirname, '..', '..'));
    expect(files).toBeGreaterThan(50);
    expect(violations).toEqual([]);
  });
});
