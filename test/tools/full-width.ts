/** The text with every ASCII digit and decimal point typed full-width, as some documents are. */
export function fullWidthDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/(?<=[０-９])\.(?=[０-９])/g, '．');
}
