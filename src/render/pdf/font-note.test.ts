import { describe, expect, it } from 'vitest';
import { latinFontNote } from './index.js';

describe('the note on the font LibreOffice sets the figures in', () => {
  it('says what to install when Times New Roman would be replaced by a wider font', () => {
    expect(latinFontNote('DejaVu Serif')).toContain('fonts-liberation2');
    expect(latinFontNote('DejaVu Serif')).toContain('“DejaVu Serif”');
  });

  it('says nothing for Times New Roman, its metric twins, or when fontconfig cannot tell', () => {
    for (const f of ['Times New Roman', 'Liberation Serif', 'Tinos', null]) expect(latinFontNote(f)).toBeNull();
  });
});
