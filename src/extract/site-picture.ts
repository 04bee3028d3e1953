/**
 * A picture of a web site's frame rather than of the document: its logo, banner, share buttons, QR
 * code. Such a picture holds no table, so it is not counted among the pictures whose text could not
 * be read (the note "报表可能以图片印出" would then be false). Shared by the HTML reader (an <img>) and
 * the DOCX reader (a picture of a DOCX that Word or LibreOffice made from a saved web page, where the
 * logo stays a picture linked to the site's home page).
 */

/** A link to a site's home page: "/", "./", "index.html", "http://www.example.gov.cn/" ("file:///" once a saved page is converted). */
export const HOME_LINK = /^(?:\/|\.\/|(?:https?:)?\/\/[^/]+\/?|file:\/\/\/?|(?:\.\/|\/)?index\.s?html?)$/i;

/** A site's own picture, named so: its logo, banner, share buttons, QR code. */
const CHROME_IMAGE = /logo|banner|icon|(?:^|[/_-])(?:head|top|nav|foot)(?:er)?[/_.-]|qrcode|erweima|weixin|weibo|share|二维码|分享|徽标|标志/i;

export interface PictureFacts {
  /** Its file name or address, class, id, alt text, title, name: whatever names it. */
  names: readonly (string | null | undefined)[];
  /** Its size in CSS pixels (96 to the inch), where given. */
  width?: number | null;
  height?: number | null;
  /** It stands inside a link to the site's home page. */
  homeLink: boolean;
}

/** Drawn smaller than any table could be read from: an icon, a bullet, a spacer, a small logo. */
function isIcon(p: PictureFacts): boolean {
  return (p.width != null && Number.isFinite(p.width) && p.width < 100) || (p.height != null && Number.isFinite(p.height) && p.height < 60);
}

/** A picture of the site's frame (a logo, a QR code): in a link to the home page, drawn as small as an icon, or named so. */
export function isSitePicture(p: PictureFacts): boolean {
  return p.homeLink || isIcon(p) || CHROME_IMAGE.test(p.names.filter(Boolean).join(' '));
}
