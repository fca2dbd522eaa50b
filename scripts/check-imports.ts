/**
 * The dependency rules of the architecture, checked on every file:
 * - `src/kernel` never imports `src/modules`;
 * - a module imports another module only through that module's `index.ts`;
 * - SQL (Kysely query builders on `db`/`trx`) only in `*.repo.ts`, the kernel's db layer and migrations.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const files: string[] = [];
const walk = (dir: string) => {
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.tsx?$/.test(e)) files.push(p);
  }
};
walk(join(ROOT, 'src'));

const problems: string[] = [];
const IMPORT_RE = /(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const QUERY_RE = /\.(selectFrom|insertInto|updateTable|deleteFrom)\(/;

for (const file of files) {
  const rel = relative(ROOT, file);
  const text = readFileSync(file, 'utf8');
  const moduleOf = (p: string) => /^src\/modules\/([^/]+)\//.exec(p)?.[1];
  for (const m of text.matchAll(IMPORT_RE)) {
    const spec = m[1] ?? m[2];
    if (!spec.startsWith('.')) continue;
    const target = relative(ROOT, resolve(dirname(file), spec)).replace(/\.js$/, '.ts');
    if (rel.startsWith('src/kernel/') && target.startsWith('src/modules/')) problems.push(`${rel}: the kernel imports ${target}`);
    const from = moduleOf(rel);
    const to = moduleOf(target);
    if (to && from !== to && !target.endsWith(`src/modules/${to}/index.ts`))
      problems.push(`${rel}: imports ${target}; use src/modules/${to}/index.ts`);
  }
  const sqlAllowed = /\.repo\.ts$|^src\/kernel\/db\/|^src\/db\/migrations\/|\.test\.ts$/.test(rel);
  if (!sqlAllowed && QUERY_RE.test(text)) problems.push(`${rel}: builds SQL outside a repository`);
}

if (problems.length) {
  console.error(`Import rules broken:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Import rules hold for ${files.length} files.`);
