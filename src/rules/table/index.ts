import type { Rule } from '../rule.js';
import { rules06 } from './basic-06.js';
import { rulesClassified } from './classified.js';
import { rules01 } from './summary-01.js';
import { rules04 } from './summary-04.js';
import { rules09 } from './three-public-09.js';

/** Rules of the 'table' category: every within-table identity (勾稽关系) of 公开01–09表. */
export const rules: Rule[] = [...rules01, ...rulesClassified.filter((r) => /^table\.0[23]\./.test(r.id)), ...rules04, ...rulesClassified.filter((r) => /^table\.0[578]\./.test(r.id)), ...rules06, ...rules09];
