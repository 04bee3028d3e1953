import { rules as arithmetic } from './arithmetic/index.js';
import { rules as classification } from './classification/index.js';
import { classNameShort, emptyLevelName, formerName, narrativeItemName } from './classification/narrative-names.js';
import { rules as completeness } from './completeness/index.js';
import { sectionRules } from './completeness/sections.js';
import { rules as count } from './count/index.js';
import { rules as crossTable } from './cross-table/index.js';
import { rules as glossary } from './glossary/index.js';
import { rules as narrativeTable } from './narrative-table/index.js';
import { rules as narrative } from './narrative/index.js';
import { rules as performance } from './performance/index.js';
import type { Rule } from './rule.js';
import { rules as table } from './table/index.js';
import { rules as template } from './template/index.js';
import { rules as yearUnit } from './year-unit/index.js';

/** Every rule, in catalog order. The catalog shown to users is generated from this list. */
export const ALL_RULES: readonly Rule[] = [
  ...completeness,
  ...sectionRules,
  ...table,
  ...crossTable,
  ...narrativeTable,
  ...narrative,
  ...arithmetic,
  ...classification,
  narrativeItemName,
  emptyLevelName,
  classNameShort,
  formerName,
  ...glossary,
  ...yearUnit,
  ...template,
  ...count,
  ...performance,
];
