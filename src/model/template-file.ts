/**
 * A line that names a template or an example of one ("2020年预算单位部门决算公开模板", "…决算公开范本.doc"):
 * a document-sharing site's file name over the document, whose year and words are the file's, not the account's.
 */
export function namesATemplateFile(line: string): boolean {
  return /(?:模板|模版|范本|样本|范文|示例)(?:\.\w{2,5})?$/.test(line.trim());
}
