/** OLE compound file (CFB) signature: .xls, .doc, and encrypted OOXML packages all start with it. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isOle(bytes: Uint8Array): boolean {
  return OLE_SIGNATURE.every((b, i) => bytes[i] === b);
}

/**
 * Whether an OLE file has a stream of this name. Directory entry names are UTF-16LE and end in a
 * NUL; a byte search for them is enough to tell an encrypted workbook or a Word file from a BIFF
 * workbook for the error messages (the BIFF parse itself decides the rest).
 */
export function hasOleStream(bytes: Uint8Array, name: string): boolean {
  const needle = [...name].flatMap((c) => [c.charCodeAt(0), 0]).concat([0, 0]);
  const first = needle[0] as number;
  outer: for (let i = bytes.indexOf(first, 512); i >= 0 && i <= bytes.length - needle.length; i = bytes.indexOf(first, i + 1)) {
    for (let k = 1; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}
