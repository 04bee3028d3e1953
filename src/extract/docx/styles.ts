import { parseXml, wAttr, wName } from './xml.js';

interface StyleInfo {
  name: string;
  basedOn: string | null;
  outline: number | null;
  numId: string | null;
  ilvl: number | null;
}

export interface StyleMaps {
  /** styleId → heading level. */
  headings: Map<string, number>;
  /** styleId → list numbering the style applies (numId, level). */
  numbering: Map<string, { numId: string; ilvl: number }>;
}

/** "heading 1" (Word's built-in name, any UI language), "标题 1", "Heading1". */
export function headingFromName(name: string): number | null {
  const m = /^(?:heading|标题)\s*([1-9])$/i.exec(name.trim());
  return m ? Number(m[1]) : null;
}

/** Outline level attribute (0–8 are levels 1–9; 9 is body text). */
export function outlineToLevel(val: string | null): number | null {
  if (val == null) return null;
  const n = Number(val);
  return Number.isInteger(n) && n >= 0 && n <= 8 ? n + 1 : null;
}

/**
 * Reads word/styles.xml into a map styleId → heading level for paragraph styles that are headings:
 * by built-in name (localised Word writes styleId "1" with name "heading 1"), by the style's outline
 * level, or inherited through basedOn; and the list numbering a style applies.
 */
export function readStyles(xml: string, file: string): StyleMaps {
  const styles = new Map<string, StyleInfo>();
  let current: { id: string; info: StyleInfo } | null = null;
  let inPPr = false;
  parseXml(xml, file, 'word/styles.xml', {
    open(tag) {
      const n = wName(tag);
      if (n === 'style') {
        const type = wAttr(tag, 'type');
        const id = wAttr(tag, 'styleId');
        current = type === 'paragraph' && id ? { id, info: { name: '', basedOn: null, outline: null, numId: null, ilvl: null } } : null;
      } else if (current) {
        if (n === 'name') current.info.name = wAttr(tag, 'val') ?? '';
        else if (n === 'basedOn') current.info.basedOn = wAttr(tag, 'val');
        else if (n === 'pPr') inPPr = true;
        else if (n === 'outlineLvl' && inPPr) current.info.outline = outlineToLevel(wAttr(tag, 'val'));
        else if (n === 'numId' && inPPr) current.info.numId = wAttr(tag, 'val');
        else if (n === 'ilvl' && inPPr) current.info.ilvl = Number(wAttr(tag, 'val') ?? 0) || 0;
      }
    },
    close(tag) {
      const n = wName(tag);
      if (n === 'pPr') inPPr = false;
      else if (n === 'style' && current) {
        styles.set(current.id, current.info);
        current = null;
      }
    },
    text() {},
  });
  const levels = new Map<string, number>();
  const numbering = new Map<string, { numId: string; ilvl: number }>();
  for (const id of styles.keys()) {
    for (let s: string | null = id, depth = 0; s && depth < 10; depth++) {
      const info = styles.get(s);
      if (!info) break;
      if (info.numId != null) {
        numbering.set(id, { numId: info.numId, ilvl: info.ilvl ?? 0 });
        break;
      }
      s = info.basedOn;
    }
    let s: string | null = id;
    for (let depth = 0; s && depth < 10; depth++) {
      const info = styles.get(s);
      if (!info) break;
      const level = headingFromName(info.name) ?? info.outline;
      if (level != null) {
        levels.set(id, level);
        break;
      }
      s = info.basedOn;
    }
  }
  return { headings: levels, numbering };
}
