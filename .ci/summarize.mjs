// Sums the JSON reports of every runner into one line "N passed, M failed" and exits
// non-zero when anything failed. A runner whose report is missing (it crashed, or an earlier
// step stopped it from running) counts as one failure, so it cannot pass silently. A check
// given as name=exit-status (lint=0, typecheck=2) counts as one failure when it failed.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  const check = /^([\w-]+)=(\d+)$/.exec(file);
  if (check) {
    if (check[2] !== '0') {
      console.log(`${check[1]}: failed`);
      failed += 1;
    }
    continue;
  }
  if (!existsSync(file)) {
    console.log(`${file}: missing (runner did not finish)`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if (report.stats) {
    // Playwright
    const p = report.stats.expected + report.stats.flaky;
    const f = report.stats.unexpected + (report.errors?.length ?? 0);
    console.log(`${file}: ${p} passed, ${f} failed`);
    passed += p;
    failed += f;
  } else {
    // Vitest
    const p = report.numPassedTests;
    const f = report.numFailedTests + (report.numTotalTestSuites > 0 && report.success === false && report.numFailedTests === 0 ? 1 : 0);
    console.log(`${file}: ${p} passed, ${f} failed`);
    passed += p;
    failed += f;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
