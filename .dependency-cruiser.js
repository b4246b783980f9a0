// @ts-check
const path = require('node:path');

/*
 * The boundaries of docs/architecture.md. Paths are relative to the directory the cruise runs in, so the same
 * rules check the real `src/` and the planted violations under test/architecture/fixtures/violating-tree/src/.
 * test/architecture/module-boundaries.spec.ts runs both.
 */

// Domain and shared kernel are pure computation. Packages are allow-listed rather than framework ones
// deny-listed, so a new framework or validation library is caught without anyone remembering to list it.
const PURE_PACKAGES = '(decimal\\.js|luxon)';
// Node built-ins that compute without touching the outside world; everything else in core does I/O or reads
// process state (fs, net, http, child_process, os, worker_threads, …).
const PURE_BUILTINS = '^(node:)?(crypto|util|assert(/strict)?)$';

const PURE_CODE = '^src/(modules/[^/]+/domain|shared-kernel)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'module-not-to-other-module-internals',
      severity: 'error',
      comment:
        'Another module is reached only through its public/ folder (facade, integration events) or, for Nest wiring, its <name>.module.ts. Domain code has the stricter domain-not-to-other-modules.',
      from: { path: '^src/modules/([^/]+)/', pathNot: '^src/modules/[^/]+/domain/' },
      to: { path: '^src/modules/[^/]+/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/(public/|[^/]+\\.module\\.ts$)'] },
    },
    {
      name: 'no-circular-between-modules',
      severity: 'error',
      comment:
        'Modules form a DAG (see the "asks others for" column of docs/architecture.md); a cycle through two modules makes neither deployable, testable or understandable alone.',
      from: { path: '^src/modules/([^/]+)/' },
      to: { circular: true, via: { path: '^src/modules/(?!$1/)[^/]+/' } },
    },
    {
      name: 'application-not-to-infrastructure',
      severity: 'error',
      comment:
        "A module's application/ declares the ports it needs (repository interfaces, DI tokens); infrastructure/ implements them and is bound by the module file, so handlers can be tested without a database.",
      from: { path: '^src/modules/([^/]+)/application/' },
      to: { path: '^src/modules/$1/infrastructure/' },
    },
    {
      name: 'domain-not-to-other-modules',
      severity: 'error',
      comment: "A module's domain knows no other module, not even its public facade: the application layer asks other modules and hands the answers to the domain.",
      from: { path: '^src/modules/([^/]+)/domain/' },
      to: { path: '^src/modules/', pathNot: '^src/modules/$1/' },
    },
    {
      name: 'domain-not-to-outer-layers',
      severity: 'error',
      comment: "A module's domain depends on nothing but itself and the shared kernel: not on its own application, infrastructure or public layer, nor on platform.",
      from: { path: '^src/modules/([^/]+)/domain/' },
      to: { path: ['^src/modules/$1/', '^src/(platform|demo)/', '^src/[^/]+$'], pathNot: '^src/modules/$1/domain/' },
    },
    {
      name: 'pure-code-not-to-framework-packages',
      severity: 'error',
      comment: `Domain and shared kernel are plain TypeScript: no NestJS, TypeORM, pg, class-validator or any package but ${PURE_PACKAGES}.`,
      from: { path: PURE_CODE },
      to: { dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-bundled', 'npm-no-pkg', 'npm-unknown'], pathNot: `(^|/)node_modules/${PURE_PACKAGES}/` },
    },
    {
      name: 'pure-code-not-to-io-builtins',
      severity: 'error',
      comment: 'Domain and shared kernel do no I/O: no fs, net, http, child_process, os, … (crypto, util and assert are pure and allowed).',
      from: { path: PURE_CODE },
      to: { dependencyTypes: ['core'], pathNot: PURE_BUILTINS },
    },
    {
      name: 'shared-kernel-not-to-outer-code',
      severity: 'error',
      comment: 'The shared kernel sits below every module and platform; an import upwards would make every module depend on that code.',
      from: { path: '^src/shared-kernel/' },
      to: { path: '^src/', pathNot: '^src/shared-kernel/' },
    },
    {
      name: 'platform-not-to-modules',
      severity: 'error',
      comment: 'Platform is cross-cutting infrastructure that every module uses; it knows no module (modules plug into it through its interfaces and DI tokens).',
      from: { path: '^src/platform/' },
      to: { path: '^src/(modules|demo)/' },
    },
    {
      name: 'demo-not-to-module-infrastructure',
      severity: 'error',
      comment: "The demo seeds data the way a client would, through commands and facades, never through a module's persistence or controllers.",
      from: { path: '^src/demo/' },
      to: { path: '^src/modules/[^/]+/infrastructure/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import the cruiser cannot resolve has no known target, so every rule above would silently pass it.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // Type-only imports couple layers as much as value imports do.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: path.join(__dirname, 'tsconfig.json') },
    doNotFollow: { path: 'node_modules' },
    // The web console's browser modules import each other and /vendor/preact-htm.js by URL, as the browser
    // resolves them; they cannot reach the server's code, which they use only through the HTTP API.
    exclude: { path: '^src/console/web/' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
