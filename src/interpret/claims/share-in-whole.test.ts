import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

const doc = (para: string) => `# 某某局2024年度部门决算\n\n## 三、支出决算情况说明\n\n${para}\n`;
const findings = async (para: string) => (await checkText(doc(para), { file: 'a.md' })).findings.filter((f) => /^(?:arithmetic|narrative)\./.test(f.rule) && f.severity !== 'info').map((f) => `${f.rule} ${f.message}`);
const shares = (a: string, b: string, how: string) => `2024年度本年支出2280.29万元，按支出性质划分，基本支出816.48万元、项目支出1463.8万元，在本年支出中的占比${how}为${a}%和${b}%。`;

describe('shares said as "在本年支出中的占比" of the clauses before', () => {
  for (const how of ['依次', '分别']) {
    it(`${how}: true text gives nothing`, async () => {
      expect(await findings(shares('35.81', '64.19', how))).toEqual([]);
    });
    it(`${how}: a wrong share is found at its item with both figures`, async () => {
      expect(await findings(shares('36.81', '64.19', how))).toEqual([expect.stringMatching(/^arithmetic\.share 「基本支出」816\.48万元占本年支出2280\.29万元的比例应为35\.81%，说明写36\.81%/)]);
    });
  }
  it('one item: "在本年支出中的占比为" takes 本年支出 as the whole, not as the subject', async () => {
    const one = (a: string) => `2024年度本年支出2280.29万元，其中：基本支出816.48万元，在本年支出中的占比为${a}%。`;
    expect(await findings(one('35.81'))).toEqual([]);
    expect(await findings(one('38.51'))).toEqual([expect.stringMatching(/^arithmetic\.share 「基本支出」.*35\.81%.*38\.51%/)]);
  });
  it('依次 before no figures is left alone', async () => {
    expect(await findings('2024年度本年支出2280.29万元，依次用于人员工资、日常办公和项目建设。')).toEqual([]);
  });
});
