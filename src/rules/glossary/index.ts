import type { Rule } from '../rule.js';
import { glossaryPresent } from './present.js';
import { glossaryCoversItems } from './covers-items.js';
import { glossaryItemName } from './item-name.js';
import { glossaryCopiedDefinition } from './copied-definition.js';
import { glossaryDuplicateDefinition } from './duplicate-definition.js';
import { glossaryStandardTerms } from './standard-terms.js';
import { glossaryUnusedItem } from './unused-item.js';

/** Rules of the glossary (名词解释) category. */
export const rules: Rule[] = [
  glossaryPresent,
  glossaryCoversItems,
  glossaryItemName,
  glossaryCopiedDefinition,
  glossaryDuplicateDefinition,
  glossaryStandardTerms,
  glossaryUnusedItem,
];
