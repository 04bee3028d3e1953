import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../check.js';

/** "…减少28%其中：…": a 其中 list run on to the figure before it, its comma lost, still lists parts. */
async function claimsOf(para: string) {
  const text = `# 2024年度某县“三公”经费决算\n\n## 七、财政拨款“三公”经费支出决算情况说明\n\n${para}\n`;
  return (await extractBytes('case.md', new TextEncoder().encode(text))).claims;
}

describe('a 其中 run on to a figure', () => {
  it('after a rate', async () => {
    const cs = await claimsOf('2024年公务用车购置及运行费决算支出640万元，较年初预算减少12%其中：公务用车购置费210万元，公务用车运行维护费430万元。');
    const whole = cs.find((c) => c.subject.key === 'threePublic.vehicle');
    expect(cs.filter((c) => c.parent === whole?.id).map((c) => [c.subject.key, c.amount?.value])).toEqual([
      ['threePublic.vehiclePurchase', '210'],
      ['threePublic.vehicleOps', '430'],
    ]);
  });

  it('after an amount', async () => {
    const cs = await claimsOf('2024年公务用车购置及运行费决算支出640万元其中：公务用车购置费210万元，公务用车运行维护费430万元。');
    const whole = cs.find((c) => c.subject.key === 'threePublic.vehicle');
    expect(cs.filter((c) => c.parent === whole?.id).map((c) => c.amount?.value)).toEqual(['210', '430']);
  });
});
