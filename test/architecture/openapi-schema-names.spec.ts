import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * OpenAPI names a request/response schema after its class: two DTO classes with one name in different modules
 * silently share one schema in /docs, so one of the routes is documented wrongly.
 */
describe('OpenAPI schema names', () => {
  it('every DTO class name under src/modules/*/infrastructure/http is unique', () => {
    const root = path.join(__dirname, '../../src/modules');
    const seen = new Map<string, string[]>();
    for (const module of fs.readdirSync(root)) {
      const dir = path.join(root, module, 'infrastructure/http');
      if (!fs.existsSync(dir)) continue;
      for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
        for (const [, name] of fs.readFileSync(path.join(dir, file), 'utf8').matchAll(/^(?:export )?class (\w+)/gm)) {
          seen.set(name, [...(seen.get(name) ?? []), `${module}/${file}`]);
        }
      }
    }
    expect([...seen].filter(([, files]) => files.length > 1)).toEqual([]);
    expect(seen.size).toBeGreaterThan(20);
  });
});
