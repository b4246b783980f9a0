import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

/**
 * The architecture rules of docs/architecture.md, checked over the import specifiers of every file under
 * `<root>/src`. A test runs it on the real tree (no violations) and on a fixture tree (exactly the planted ones).
 */

export type Rule = 'module-imports-other-module-internals' | 'domain-imports-framework' | 'domain-imports-outer-layer' | 'shared-kernel-imports-outer-code';

export interface Violation {
  file: string;
  specifier: string;
  rule: Rule;
}

const FRAMEWORK_PACKAGES = /^(@nestjs\/|typeorm(\/|$)|pg(\/|$))/;

interface Place {
  /** Path relative to the root, `/`-separated, without a .ts/.js extension. */
  path: string;
  module: string | null;
  /** The folder (or file) right under the module: domain, application, infrastructure, public, <name>.module. */
  layer: string | null;
}

function placeOf(relative: string): Place {
  const p = relative.split(path.sep).join('/').replace(/\.(d\.)?[cm]?[tj]sx?$/, '');
  const m = /^src\/modules\/([^/]+)\/([^/]+)/.exec(p);
  return { path: p, module: m?.[1] ?? null, layer: m?.[2] ?? null };
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.[cm]?[tj]sx?$/.test(entry.name) ? [full] : [];
  });
}

/** Import, export-from, require and import() specifiers, as the compiler itself finds them. */
function specifiersOf(file: string): string[] {
  const info = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
  return info.importedFiles.map((f) => f.fileName);
}

/**
 * Where a specifier points inside the root, or null for a package. `src/…` is resolved too, because
 * tsconfig's baseUrl lets code import that way.
 */
function targetOf(root: string, file: string, specifier: string): Place | null {
  if (specifier.startsWith('.')) return placeOf(path.relative(root, path.resolve(path.dirname(file), specifier)));
  if (specifier === 'src' || specifier.startsWith('src/')) return placeOf(specifier);
  return null;
}

function violationOf(from: Place, specifier: string, to: Place | null): Rule | null {
  if (from.path.startsWith('src/shared-kernel/') && to && /^src\/(platform|modules)(\/|$)/.test(to.path)) {
    return 'shared-kernel-imports-outer-code';
  }
  if (from.module !== null && from.layer === 'domain') {
    if (to === null && FRAMEWORK_PACKAGES.test(specifier)) return 'domain-imports-framework';
    if (to && (to.path === 'src/platform' || to.path.startsWith('src/platform/') || ['application', 'infrastructure'].includes(to.layer ?? ''))) {
      return 'domain-imports-outer-layer';
    }
  }
  if (from.module !== null && to?.module && to.module !== from.module) {
    const isPublic = to.layer === 'public';
    const isModuleFile = to.path === `src/modules/${to.module}/${to.module}.module`;
    if (!isPublic && !isModuleFile) return 'module-imports-other-module-internals';
  }
  return null;
}

/** `files` is returned so a test can tell "no violations" from "looked at nothing". */
export function checkModuleBoundaries(root: string): { files: number; violations: Violation[] } {
  const violations: Violation[] = [];
  const files = sourceFiles(path.join(root, 'src'));
  for (const file of files) {
    const from = placeOf(path.relative(root, file));
    for (const specifier of specifiersOf(file)) {
      const rule = violationOf(from, specifier, targetOf(root, file, specifier));
      if (rule) violations.push({ file: path.relative(root, file).split(path.sep).join('/'), specifier, rule });
    }
  }
  violations.sort((a, b) => a.file.localeCompare(b.file) || a.specifier.localeCompare(b.specifier));
  return { files: files.length, violations };
}
