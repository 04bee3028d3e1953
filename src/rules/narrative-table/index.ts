import type { Rule } from '../rule.js';
import { rules as tables } from './tables.js';
import { threePublicItems } from './three-public-items.js';
import { threePublicPurchase } from './three-public-purchase.js';

/** Rules of the 'narrative-table' category: every figure the explanation takes from a table, against that table. */
export const rules: Rule[] = [...tables, threePublicPurchase, threePublicItems];
