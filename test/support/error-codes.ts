import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Every error code the API can answer, read from the source itself: a code someone adds later is found
 * without anyone remembering to list it. A raise site whose code is not a literal must be one of the
 * forwarders below (which say where their codes are written), or the scan reports it as unreadable.
 */
export interface RaiseSite {
  code: string;
  /** `src/…:line`, for the failure message. */
  at: string;
  /** The whole call, to check which parameters it passes. */
  call: string;
  /** The English detail as written (a string or template literal), when the call writes it. */
  english?: string;
  /** DomainError.validation passes its field as a parameter itself. */
  passesField: boolean;
  /** A FORBIDDEN's reason, which picks its own translation. */
  reason?: string;
  /** The code was written elsewhere and passed on: the call that raises it is not at `at`. */
  forwarded?: boolean;
}

const SRC = path.join(__dirname, '../../src');
// Upper case, or a class-validator constraint name that a few domain checks reuse (isYearMonth).
const CODE = /^'([A-Za-z][A-Za-z0-9_]+)'$/;

/** Where each call puts its code: the index of the argument, and whether the field is passed as a parameter. */
const CALLS: Array<{ pattern: RegExp; codeArg: number | null; messageArg: number | null; fixed?: string; passesField?: boolean }> = [
  { pattern: /DomainError\.validation\(/g, codeArg: 1, messageArg: 2, passesField: true },
  { pattern: /DomainError\.(?:conflict|rule)\(/g, codeArg: 0, messageArg: 1 },
  { pattern: /DomainError\.notFound\(/g, codeArg: null, messageArg: null, fixed: 'NOT_FOUND' },
  { pattern: /DomainError\.forbidden\(/g, codeArg: null, messageArg: 0, fixed: 'FORBIDDEN' },
  { pattern: /new DomainError\(/g, codeArg: 1, messageArg: 2 },
  { pattern: /new HttpProblem\(/g, codeArg: 1, messageArg: 2 },
];

/** Raise sites that pass on a code chosen elsewhere, and the calls where those codes are written. */
const FORWARDERS: Array<{ file: string; expression: string; written: RegExp }> = [
  { file: 'modules/identity/domain/rules/password-must-be-strong-enough.rule.ts', expression: 'code', written: /return \['([A-Z][A-Z0-9_]+)'/g },
  { file: 'modules/identity/application/token-issuer.ts', expression: 'outcome.refused.code', written: /refused\('([A-Z][A-Z0-9_]+)'/g },
  { file: 'modules/attendance/application/clock-event-intake.ts', expression: 'problem.code', written: /(?:code: |problem\()'([A-Z][A-Z0-9_]+)'/g },
  { file: 'modules/appraisal/domain/appraisal.ts', expression: 'code', written: /requiredText\([^;]*?'([A-Z][A-Z0-9_]+)'/g },
  { file: 'modules/organization/domain/nip.value-object.ts', expression: 'code', written: /invalid\(\s*'([A-Z][A-Z0-9_]+)'/g },
  { file: 'platform/http/idempotency.ts', expression: 'code', written: /keyProblem\(\s*\d+,\s*'([A-Z][A-Z0-9_]+)'/g },
  // These two re-raise a DomainError caught from below under another field: its code was already raised.
  { file: 'modules/organization/application/commands/create-shift.ts', expression: 'err.code', written: /(?!)/g },
  { file: 'modules/remuneration/domain/allowance-statement.ts', expression: 'error.code', written: /(?!)/g },
];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** The top-level arguments of the call whose `(` is at `open`, and the index just after its `)`. */
function argumentsAt(text: string, open: number): { args: string[]; end: number } {
  const args: string[] = [];
  const closers: string[] = [];
  let current = '';
  let i = open + 1;
  for (; i < text.length; i++) {
    const ch = text[i];
    const inTemplate = closers.at(-1) === '`';
    if (inTemplate) {
      current += ch;
      if (ch === '\\') current += text[++i];
      else if (ch === '`') closers.pop();
      else if (ch === '$' && text[i + 1] === '{') {
        current += text[++i];
        closers.push('}');
      }
      continue;
    }
    if (ch === "'" || ch === '"') {
      let j = i + 1;
      while (text[j] !== ch) j += text[j] === '\\' ? 2 : 1;
      current += text.slice(i, j + 1);
      i = j;
      continue;
    }
    if (ch === '`') {
      closers.push('`');
      current += ch;
      continue;
    }
    if (ch === '(' || ch === '[' || ch === '{') closers.push(ch === '(' ? ')' : ch === '[' ? ']' : '}');
    else if (closers.length === 0 && ch === ')') break;
    else if (ch === closers.at(-1)) closers.pop();
    if (closers.length === 0 && ch === ',') {
      args.push(current.trim());
      current = '';
      continue;
    }
    current += ch;
  }
  if (current.trim() !== '') args.push(current.trim());
  return { args, end: i + 1 };
}

/** `static readonly CODE = 'X'` (or any other constant) of each class, so `XxxRule.CODE` reads as its code. */
function ruleConstants(files: Map<string, string>): Map<string, string> {
  const constants = new Map<string, string>();
  for (const text of files.values()) {
    for (const [, name, body] of text.matchAll(/class (\w+)[^{]*\{([\s\S]*?)\n\}/g)) {
      for (const [, constant, code] of body.matchAll(/static readonly (\w+) = '([A-Z][A-Z0-9_]+)'/g)) constants.set(`${name}.${constant}`, code);
    }
  }
  return constants;
}

export interface ScanResult {
  sites: RaiseSite[];
  /** Raise sites whose code the scan cannot read: each is a code that could escape translation. */
  unreadable: string[];
}

export function scanErrorCodes(): ScanResult {
  const files = new Map(sourceFiles(SRC).map((file) => [path.relative(SRC, file), fs.readFileSync(file, 'utf8')]));
  const constants = ruleConstants(files);
  const sites: RaiseSite[] = [];
  const unreadable: string[] = [];
  for (const [file, text] of files) {
    const lineOf = (index: number) => text.slice(0, index).split('\n').length;
    for (const { pattern, codeArg, messageArg, fixed, passesField } of CALLS) {
      for (const match of text.matchAll(pattern)) {
        const open = match.index + match[0].length - 1;
        const { args, end } = argumentsAt(text, open);
        const at = `src/${file}:${lineOf(match.index)}`;
        const english = messageArg === null ? undefined : args[messageArg];
        const site = { at, call: text.slice(match.index, end), passesField: passesField ?? false, ...(english ? { english } : {}) };
        if (codeArg === null) {
          const reason = fixed === 'FORBIDDEN' ? CODE.exec(args[1] ?? '')?.[1] : undefined;
          sites.push({ ...site, code: fixed!, ...(reason ? { reason } : {}) });
          continue;
        }
        const expression = args[codeArg] ?? '';
        const literal = CODE.exec(expression)?.[1] ?? constants.get(expression);
        if (literal) {
          const reason = /reason: '([A-Z][A-Z0-9_]+)'/.exec(site.call)?.[1];
          sites.push({ ...site, code: literal, ...(reason ? { reason } : {}) });
          continue;
        }
        // The declaration of the class or helper itself is not a raise site.
        if (file === 'shared-kernel/domain-error.ts' || file === 'platform/http/problem.ts') continue;
        const forwarder = FORWARDERS.find((f) => f.file === file && f.expression === expression);
        if (!forwarder) {
          unreadable.push(`${at}: code ${expression || '(none)'}`);
          continue;
        }
        for (const written of text.matchAll(forwarder.written)) {
          sites.push({ at: `src/${file}:${lineOf(written.index)}`, call: written[0], passesField: false, code: written[1], forwarded: true });
        }
      }
    }
  }
  // Errors of the framework (body parser, router, database) get their codes where they are classified.
  const classifier = files.get('platform/http/to-problem.ts')!;
  for (const match of classifier.matchAll(/'([A-Z][A-Z0-9_]+)'/g)) {
    const at = `src/platform/http/to-problem.ts:${classifier.slice(0, match.index).split('\n').length}`;
    sites.push({ at, call: match[0], passesField: false, code: match[1], forwarded: true });
  }
  return { sites, unreadable };
}
