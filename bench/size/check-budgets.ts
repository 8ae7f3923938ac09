/**
 * `npm run size` (part of `npm test`, after the build): fails when the first visit's JS or CSS
 * grows past its byte budget. Sizes are deterministic for a given tree, so this can be a check;
 * timings stay in `npm run bench`. `npm run size -- --report` adds the cost of each package.
 */
import path from 'node:path';
import { PROJECT_DIR } from '../lib/server-process.ts';
import { bundleReport, renderReport } from './bundle-report.ts';
import { budgetRows, measureInitialBundle, renderBudgetTable } from './initial-bundle.ts';

const bundle = await measureInitialBundle(path.join(PROJECT_DIR, 'dist'));
const rows = budgetRows(bundle);
process.stdout.write(`${renderBudgetTable(rows)}\n`);
for (const file of [...bundle.scripts, ...bundle.styles]) {
  process.stdout.write(`  ${file.file}: ${(file.gzipBytes / 1000).toFixed(1)} kB gzip\n`);
}
if (process.argv.includes('--report')) {
  const costs = await bundleReport(
    path.join(PROJECT_DIR, 'dist'),
    bundle.scripts.map((script) => script.file),
  );
  process.stdout.write(`\nWhere the first visit's script bytes go, by package:\n${renderReport(costs)}\n`);
}
const over = rows.filter((row) => !row.ok);
if (over.length > 0) {
  process.stderr.write(
    `Over budget: ${over.map((row) => row.what).join(', ')}. Split what the first screen does not ` +
      `need into a lazy chunk, or lower a dependency's cost (bench/size/initial-bundle.ts has the budgets).\n`,
  );
  process.exitCode = 1;
}
