import { Decimal } from '../../model/decimal.js';
import { type Scheme, clamp01, point, qualitativeShare } from '../scheme.js';
import { national } from './national.js';

const ONE = new Decimal(1);
/** Points lost per point of cost saving: derived from the reported rows (4.50万 cap, 3.77万 spent, 84% → 5.4 of 9). */
const SAVING_SLOPE = new Decimal(2.5);

/**
 * Deviation scoring (偏差扣分), as the Xinjiang self-evaluation tables apply it: a target missed
 * or exceeded loses points in proportion to the deviation, cost savings lose 2.5 times as fast,
 * satisfaction is not penalised for exceeding its target. Derived from the reported rows of a
 * 2024 自治州 disclosure, where it reproduces the project rows that follow a single formula.
 */
export const deviation: Scheme = {
  id: 'deviation',
  title: '偏差扣分',
  summary: '超额与未完成均按偏差度扣分，成本节约按2.5倍扣分，满意度超额不扣分',
  basis: '由新疆维吾尔自治区（昌吉州）2024年度决算公开中项目支出绩效自评表的报告得分反推：超额完成的定量指标按超出比例扣分，成本指标节约部分按2.5倍扣分',
  authority: '由报告得分反推并逐行验证（计分细则原文未见公开；文件另有规定的，以 --scheme 指定或补充方案）',
  formulas: [
    '预算执行得分 = min(执行率, 100%) × 分值',
    '定量指标（≥、=、≤）：完成率 r = 完成值 ÷ 指标值，得分 = max(0, 1 − |r − 1|) × 分值（未完成与超额完成同样按偏差扣分）',
    '成本指标：r ≤ 1（节约）时得分 = max(0, 1 − 2.5 × (1 − r)) × 分值；r > 1（超支）时得分 = max(0, 2 − r) × 分值',
    '满意度指标：达到指标值得满分（超出不扣分），未达到得分 = r × 分值',
    '定性指标、时间指标：同全国基准',
    '完成率按表列完成率（已按印刷精度四舍五入）计算，得分四舍五入到表列精度',
    '等级：同全国基准',
  ],
  execution: national.execution,
  indicator(r) {
    if (r.cls === 'qualitative') return qualitativeShare(r.achievement);
    if (r.cls === 'date') return r.met === 'met' ? point(1) : null;
    if (r.targetZero) return r.met === 'met' ? point(1) : null;
    if (!r.ratio) return null;
    if (r.cls === 'satisfaction') return point(clamp01(r.ratio));
    if (r.cls === 'cost') {
      if (r.ratio.lte(1)) return point(clamp01(ONE.minus(SAVING_SLOPE.times(ONE.minus(r.ratio)))));
      return point(clamp01(new Decimal(2).minus(r.ratio)));
    }
    return point(clamp01(ONE.minus(r.ratio.minus(1).abs())));
  },
  bands: national.bands,
};
