/**
 * Maps a point of a page as displayed (pdf.js `getViewport({ scale: 1 })`: the crop box's top-left at
 * 0,0, y downwards, the page's /Rotate applied) back to PDF user space, where annotations are drawn.
 * It inverts pdf.js's viewport transform: at scale 1 that matrix is a signed permutation, so its
 * inverse is its transpose.
 */
export function viewportToPdf(crop: { x: number; y: number; width: number; height: number }, rotation: number): (vx: number, vy: number) => [number, number] {
  const r = ((rotation % 360) + 360) % 360;
  const [a, b, c, d] = r === 90 ? [0, 1, 1, 0] : r === 180 ? [-1, 0, 0, 1] : r === 270 ? [0, -1, -1, 0] : [1, 0, 0, -1];
  const x0 = crop.x;
  const y0 = crop.y;
  const cx = x0 + crop.width / 2;
  const cy = y0 + crop.height / 2;
  const [ox, oy] = a === 0 ? [Math.abs(cy - y0), Math.abs(cx - x0)] : [Math.abs(cx - x0), Math.abs(cy - y0)];
  const e = ox - a * cx - c * cy;
  const f = oy - b * cx - d * cy;
  return (vx, vy) => [a * (vx - e) + b * (vy - f), c * (vx - e) + d * (vy - f)];
}
