// Security checks for CI: no high or critical advisory in the runtime dependencies (`npm audit
// --omit=dev`), and no fault-injection hook in a production build. Exits non-zero only on a finding;
// when the registry's audit endpoint cannot be reached it says so with a WARNING and exits 0.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const BLOCKING = ['high', 'critical'];
// What a failure to reach the advisory service looks like, as opposed to a broken project.
const UNREACHABLE =
  /audit endpoint returned an error|ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|socket hang up|Method Not Allowed|\b(403|404|405|5\d\d)\b/;

function audit() {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], {
    encoding: 'utf8',
  });
  let report = null;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    // Not JSON: judged from the text below.
  }
  const counts = report?.metadata?.vulnerabilities;
  if (counts) {
    const blocking = Object.entries(report.vulnerabilities ?? {})
      .filter(([, advisory]) => BLOCKING.includes(advisory.severity))
      .map(([name, advisory]) => `${name} (${advisory.severity})`);
    const summary = Object.entries(counts)
      .map(([severity, count]) => `${count} ${severity}`)
      .join(', ');
    console.log(`npm audit --omit=dev: ${summary}`);
    if (blocking.length > 0) {
      console.error(
        `npm audit: high or critical advisories in runtime dependencies: ${blocking.join(', ')}`,
      );
      return false;
    }
    return true;
  }
  const text = `${report?.message ?? ''} ${run.stdout} ${run.stderr}`;
  if (UNREACHABLE.test(text)) {
    const reason = (report?.message ?? run.stderr.split('\n').find(Boolean) ?? 'no answer').trim();
    console.log(
      `WARNING: npm audit could not reach the registry's audit endpoint (${reason}); runtime dependencies were NOT checked for advisories.`,
    );
    return true;
  }
  console.error(`npm audit failed for another reason:\n${run.stderr || run.stdout}`);
  return false;
}

const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });

/** The demo's fault injection must never ship: it lets a page script fake Graph's answers. */
function productionBuildIsClean(dist = 'dist') {
  if (!existsSync(dist)) {
    console.log(
      `${dist}/ not built: skipped the fault-injection check (run \`npx vite build\` first).`,
    );
    return true;
  }
  const hooks = ['__mockGraph', 'demo-faults', 'demo-requests'];
  const found = files(dist)
    .filter((path) => /\.(js|html)$/.test(path))
    .flatMap((path) => {
      const text = readFileSync(path, 'utf8');
      return hooks.filter((hook) => text.includes(hook)).map((hook) => `${path}: ${hook}`);
    });
  if (found.length > 0) {
    console.error(`The production build carries fault injection:\n  ${found.join('\n  ')}`);
    return false;
  }
  console.log(`${dist}/ carries no fault-injection hook.`);
  return true;
}

const auditOk = audit();
const buildOk = productionBuildIsClean();
process.exit(auditOk && buildOk ? 0 : 1);
