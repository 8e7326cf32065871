import { neutraliseFormula } from './tabular-export';

describe('neutraliseFormula', () => {
  it('defuses text a spreadsheet would execute, and leaves other text alone', () => {
    expect(neutraliseFormula('=HYPERLINK("http://evil")')).toBe('\'=HYPERLINK("http://evil")');
    expect(neutraliseFormula('+49 211')).toBe("'+49 211");
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('Verein e. V.')).toBe('Verein e. V.');
  });
});
