import type { Catalog, CatalogItem } from '../../catalog/catalog.js';
import type { Location } from '../../model/location.js';
import type { FindingInput, RuleSkip } from '../rule.js';
import { insufficient } from '../rule.js';

export const LEVELS = ['类', '款', '项'];

/** A printed 类/款/项 name path that does not resolve, and what the catalog can say about it. */
export interface PathBreak {
  /** Level (0 类, 1 款, 2 项) of the first name that is not an official child of the one before. */
  failedAt: number;
  parent: CatalogItem | undefined;
  /** The official names at that level under `parent`. */
  options: string[];
}

/**
 * Judges printed name paths against the catalog, which is a selection: a name is called wrong only
 * where all its siblings are listed ('all'), said to be unverified where only some are ('some'), and
 * not judged where none are. Shared by the explanation and glossary rules.
 */
export class NamePathJudge {
  private verified = 0;
  private unverified = 0;

  constructor(
    private readonly catalog: Catalog,
    private readonly report: (f: FindingInput) => void,
  ) {}

  /** Checks one path; `wrong` builds the finding for a name that is certainly not official. */
  check(names: readonly string[], location: Location, wrong: (b: PathBreak) => FindingInput): void {
    const { resolved, failedAt } = this.catalog.resolvePath(names);
    if (failedAt == null) {
      this.verified++;
      return;
    }
    const parent = resolved[resolved.length - 1];
    const known = this.catalog.childrenKnown(parent?.code ?? null);
    if (known === 'none') {
      this.unverified++;
      return;
    }
    this.verified++;
    if (known === 'some') {
      this.report({
        severity: 'info',
        message: `“${names.join('/')}”中的“${names[failedAt]}”未收录在本工具的科目目录中（${this.catalog.uncoveredNote ?? `“${parent?.name}”下只收录了一部分`}），未能核实`,
        actual: names[failedAt] ?? '',
        locations: [location],
      });
      return;
    }
    const options = (parent ? this.catalog.functionChildren(parent.code) : this.catalog.functionClasses()).map((i) => i.name);
    this.report(wrong({ failedAt, parent, options }));
  }

  /** Insufficient data when no path could be judged at all. */
  outcome(): RuleSkip | undefined {
    return !this.verified && this.unverified ? insufficient('文中科目所属的款不在本工具的科目目录中，未能核实其名称。') : undefined;
  }
}
