/** Shares: "占35.81%", "占本年支出合计的100%", "占政府采购支出总额的26.54%". */
export function isShareCue(cue: string): boolean {
  return /占(?:[^，,；;。]*?)(?:的)?(?:比重|比例)?(?:为|达)?$/.test(cue) || /占比(?:为|达)?$/.test(cue);
}
