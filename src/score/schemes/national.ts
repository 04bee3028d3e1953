import { Decimal } from '../../model/decimal.js';
import { NATIONAL } from '../../rules/performance/util.js';
import { type Scheme, clamp01, point, qualitativeShare } from '../scheme.js';

/**
 * The national baseline (财预〔2020〕10号 and its self-evaluation table): execution 10 points at the
 * execution rate, indicators 90 points; a met target earns full marks, a missed one the share reached.
 */
export const national: Scheme = {
  id: 'national',
  title: '全国基准',
  summary: '完成即满分、未完成按比例计分',
  basis: '财政部项目支出绩效自评表的通用计分方法；各地未另行规定时采用',
  authority: `${NATIONAL}附件1、附件2（项目支出绩效自评表：预算执行率10分、绩效指标90分）`,
  formulas: [
    '预算执行得分 = min(执行率, 100%) × 分值（通常10分）',
    '正向定量指标（≥、>、=）：完成值达到指标值得满分，否则得分 = 完成值 ÷ 指标值 × 分值',
    '反向指标（≤、<，含成本指标）：完成值不超过指标值得满分，超过的得分 = 指标值 ÷ 完成值 × 分值；成本指标完成值为0（未发生支出、项目未实施）不得分',
    '满意度指标：同正向定量指标',
    '定性指标：达成得满分；部分达成按分值的60%–80%；未达成按0–60%',
    '时间指标：按期完成得满分',
    '完成率取表列完成率（与完成值÷指标值相符时）或完成值÷指标值；执行率取表列执行率或全年执行数÷全年预算数',
    '得分四舍五入到表中得分的印刷精度（整数分与两位小数分并列时按两位小数）',
    '等级：90分（含）以上为优，80（含）–90分为良，60（含）–80分为中，60分以下为差',
  ],
  execution: (rate) => clamp01(rate.div(100)),
  indicator(r) {
    if (r.cls === 'qualitative') return qualitativeShare(r.achievement);
    if (r.cls === 'date') return r.met === 'met' ? point(1) : null;
    if (r.direction === 'lower') {
      if (r.cls === 'cost' && r.actualZero && !r.targetZero) return point(0);
      if (r.met === 'met') return point(1);
      if (!r.ratio || r.ratio.isZero()) return null;
      return point(clamp01(new Decimal(1).div(r.ratio)));
    }
    if (r.targetZero) return r.met === 'met' ? point(1) : null;
    if (!r.ratio) return null;
    return point(clamp01(r.ratio));
  },
  bands: [
    { grade: '优', min: new Decimal(90) },
    { grade: '良', min: new Decimal(80) },
    { grade: '中', min: new Decimal(60) },
    { grade: '差', min: new Decimal(0) },
  ],
};
