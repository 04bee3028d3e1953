import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * The CJK font the chart PNGs are drawn with. resvg reads only the fonts it is given, so a chart
 * rasterised without a CJK font would lose every Chinese label; without one the DOCX leaves its
 * charts out and says so (see chartNote). JUESUAN_CJK_FONT names a font file to use, or `none`.
 */
export interface CjkFont {
  file: string;
  family: string;
}

/** Where the usual packages put a CJK sans (or, failing that, serif) font, and its family name. */
const KNOWN: [string, string][] = [
  ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', 'Noto Sans CJK SC'], // Debian/Ubuntu fonts-noto-cjk
  ['/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', 'Noto Sans CJK SC'], // Arch noto-fonts-cjk
  ['/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc', 'Noto Sans CJK SC'], // Fedora
  ['/usr/share/fonts/google-noto-sans-cjk-vf-fonts/NotoSansCJK-VF.ttc', 'Noto Sans CJK SC'],
  ['/usr/share/fonts/adobe-source-han-sans/SourceHanSansCN-Regular.otf', 'Source Han Sans CN'],
  ['/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', 'WenQuanYi Micro Hei'],
  ['/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', 'WenQuanYi Zen Hei'],
  ['/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', 'Noto Serif CJK SC'],
  ['/System/Library/Fonts/PingFang.ttc', 'PingFang SC'],
  ['/System/Library/Fonts/STHeiti Medium.ttc', 'Heiti SC'],
  ['C:\\Windows\\Fonts\\msyh.ttc', 'Microsoft YaHei'],
  ['C:\\Windows\\Fonts\\simhei.ttf', 'SimHei'],
];

/** Asks fontconfig for any font covering Chinese, preferring a simplified-Chinese sans. */
function fromFontconfig(): CjkFont | null {
  let out: string;
  try {
    out = execFileSync('fc-list', [':lang=zh-cn', '-f', '%{file}\t%{family[0]}\n'], { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
  const fonts = out
    .split('\n')
    .map((l) => l.split('\t'))
    .filter((p): p is [string, string] => p.length === 2 && !!p[0] && !!p[1] && /\.(ttc|ttf|otf|otc)$/i.test(p[0]))
    .map(([file, family]) => ({ file, family }));
  const rank = (f: CjkFont) => (/sans|hei|yahei|pingfang/i.test(f.family) ? 0 : 2) + (/\bSC\b|CN|GB/.test(f.family) ? 0 : 1);
  fonts.sort((a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file));
  return fonts[0] ?? null;
}

let found: CjkFont | null | undefined;

/** The CJK font for rasterising charts, or null when the machine has none (looked up once). */
export function cjkFont(): CjkFont | null {
  if (found !== undefined) return found;
  const env = process.env.JUESUAN_CJK_FONT?.trim();
  if (env) {
    found = env === 'none' || !existsSync(env) ? null : { file: env, family: process.env.JUESUAN_CJK_FONT_FAMILY?.trim() || 'sans-serif' };
    return found;
  }
  const known = KNOWN.find(([file]) => existsSync(file));
  found = known ? { file: known[0], family: known[1] } : fromFontconfig();
  return found;
}

/** Forgets the font found (tests switch JUESUAN_CJK_FONT). */
export function resetCjkFont(): void {
  found = undefined;
}

/** The note printed when a DOCX leaves its charts out for want of a CJK font. */
export const NO_CJK_FONT_NOTE =
  '未找到中文字体（如 Debian 的 fonts-noto-cjk，即 /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc），DOCX 和由它打印的 PDF 中未插入图表（HTML 中的图表不受影响）。安装中文字体，或用 JUESUAN_CJK_FONT 指定字体文件后重新生成。';
