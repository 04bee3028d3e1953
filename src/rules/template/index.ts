import type { Rule } from '../rule.js';
import { templatePlaceholder, templateInstruction, templateChartDefault, templateMissingFigure, templateMissingDirection, templateRepeatedWord, templateGarbled, templateEitherOr, templatePunctuation, templateBrokenField, templateMissingReason } from './residue.js';
import { templateNumbering } from './numbering.js';
import { templateLevelMismatch } from './level.js';
import { templateOtherDepartment } from './department.js';
import { templateDepartmentVariant } from './department-variant.js';
import { templateDepartmentMisnamed, templateDepartmentOtherRegion } from './department-misnamed.js';
import { templateCopiedPurpose } from './copied-purpose.js';
import { templateSignedDirection, templateWrongTerm } from './terms.js';
import { truncatedName } from './truncated-name.js';
import { templateBrackets } from './brackets.js';
import { templateContentsPages } from './contents-pages.js';
import { templateContentsHeading } from './contents-heading.js';
import { templateBudgetNames } from './budget-names.js';
import { templateRevisions } from './revisions.js';
import { templateRepeatedParagraph } from './repeated-paragraph.js';

/** Rules of the template-residue category. */
export const rules: Rule[] = [
  templatePlaceholder,
  templateInstruction,
  templateChartDefault,
  templateMissingFigure,
  templateMissingDirection,
  templateRepeatedWord,
  templateGarbled,
  templateNumbering,
  templateEitherOr,
  templatePunctuation,
  templateBrokenField,
  templateMissingReason,
  templateLevelMismatch,
  templateOtherDepartment,
  templateDepartmentVariant,
  templateDepartmentMisnamed,
  templateDepartmentOtherRegion,
  templateCopiedPurpose,
  templateWrongTerm,
  templateSignedDirection,
  truncatedName,
  templateBrackets,
  templateContentsPages,
  templateContentsHeading,
  templateRevisions,
  templateBudgetNames,
  templateRepeatedParagraph,
];
