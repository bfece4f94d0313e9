import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

describe('the analysis kept between runs', () => {
  it("lets go of the caller's transactions once the analysis returns, and keeps the report whole", () => {
    const script = join(__dirname, '..', 'support', 'retains-transactions.ts');
    const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', script], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ released: true, customers: 2 });
  });
});
