/**
 * Self time by function from a V8 .cpuprofile (node --cpu-prof), largest first.
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx scripts/bench/main.ts --profile --rows=1000000
 *   node --import tsx scripts/bench/profile-summary.ts /tmp/prof/CPU.*.cpuprofile [top=30]
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function label(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.startsWith('file://') ? relative(process.cwd(), url.slice(7)) : url || '(native)';
  return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
}

/** Microseconds of self time per function label. */
function selfTimes(profile: CpuProfile): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const out = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const key = label(byId.get(id)!);
    out.set(key, (out.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  return out;
}

function main(): void {
  const files = process.argv.slice(2).filter((a) => !a.startsWith('top='));
  const top = Number(process.argv.find((a) => a.startsWith('top='))?.slice(4) ?? 30);
  const totals = new Map<string, number>();
  for (const file of files) {
    for (const [key, us] of selfTimes(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile)) totals.set(key, (totals.get(key) ?? 0) + us);
  }
  const all = [...totals.values()].reduce((a, b) => a + b, 0);
  console.log(`total ${(all / 1000).toFixed(0)} ms sampled`);
  for (const [key, us] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${(us / 1000).toFixed(1).padStart(9)} ms ${((100 * us) / all).toFixed(1).padStart(5)}%  ${key}`);
  }
}

main();
