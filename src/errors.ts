/**
 * Typed errors for bad input and limits. Each has a stable code and a Chinese message that says what
 * is wrong, where, and what to do. User errors are reported without stack traces.
 */
export type JuesuanErrorCode =
  | 'EMPTY_FILE'
  | 'UNSUPPORTED_FORMAT'
  | 'BINARY_GARBAGE'
  | 'CORRUPT_FILE'
  | 'LIMIT_EXCEEDED'
  | 'NOT_FOUND'
  | 'USAGE'
  /** The workbench server refused a request or could not be reached. */
  | 'SERVER'
  /** A compose input or template that does not follow its schema. */
  | 'INVALID_INPUT';

export class JuesuanError extends Error {
  readonly code: JuesuanErrorCode;
  constructor(code: JuesuanErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'JuesuanError';
    this.code = code;
  }
}

export function isJuesuanError(e: unknown): e is JuesuanError {
  return e instanceof JuesuanError;
}

/** Limits on untrusted input; generous for real disclosures (a few MB), fatal for bombs. */
export const LIMITS = {
  /** Largest input file read at all. */
  maxFileBytes: 64 * 1024 * 1024,
  /** Largest text (after decoding) that is interpreted. */
  maxTextChars: 8 * 1024 * 1024,
  /** Largest total uncompressed size of the parts read from a DOCX or XLSX package. */
  maxDocxUncompressed: 64 * 1024 * 1024,
  /** Largest compression ratio accepted for one DOCX part. */
  maxCompressionRatio: 200,
  /** Blocks (paragraphs + tables) interpreted per document. */
  maxBlocks: 200_000,
  /**
   * Positions of one table once merged cells are spread over the columns and rows they cover
   * (rows × widest row). A printed table has a few thousand; a hostile colspan makes billions.
   */
  maxTableCells: 1_000_000,
} as const;
