import { applyPageStyle, pageSizeCss } from './page-size';

describe('pageSizeCss', () => {
  it('sets A4 landscape and the printable area inside 10 mm margins', () => {
    const css = pageSizeCss('A4');
    expect(css).toContain('@page { size: A4 landscape; margin: 10mm; }');
    expect(css).toContain('--sheet-width: 277mm');
    expect(css).toContain('--sheet-height: 190mm');
  });

  it('sets A3 landscape with a larger area and font', () => {
    const css = pageSizeCss('A3');
    expect(css).toContain('size: A3 landscape');
    expect(css).toContain('--sheet-width: 400mm');
    expect(css).toContain('--sheet-height: 277mm');
    expect(css).toContain('--sheet-font: 12pt');
  });

  it('hides the shell and the controls when printing', () => {
    expect(pageSizeCss('A4')).toMatch(
      /@media print \{ app-header, app-footer, \.skip-link, \.no-print \{ display: none !important; \}/,
    );
  });
});

describe('applyPageStyle', () => {
  it('keeps one style element, replaces its rules and removes it again', () => {
    applyPageStyle(document, 'A4');
    const remove = applyPageStyle(document, 'A3');
    const styles = document.head.querySelectorAll('#print-page-size');
    expect(styles).toHaveLength(1);
    expect(styles[0].textContent).toContain('A3 landscape');
    remove();
    expect(document.getElementById('print-page-size')).toBeNull();
  });
});
