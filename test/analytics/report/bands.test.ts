import { bandLabels, bandOf } from '../../../src/analytics/report';

describe('bands', () => {
  it('age labels show the last whole year of each band', () => {
    expect(bandLabels([18, 25, 35, 45, 55, 65], true)).toEqual(['<18', '18–24', '25–34', '35–44', '45–54', '55–64', '65+']);
  });

  it('income labels show the upper edge, in thousands', () => {
    expect(bandLabels([25000, 50000, 1500000], false)).toEqual(['<25k', '25k–50k', '50k–1.5M', '1.5M+']);
  });

  it('a one-year band reads as that year', () => {
    expect(bandLabels([20, 21, 30], true)).toEqual(['<20', '20', '21–29', '30+']);
  });

  it('a value belongs to the band whose lower edge it reaches', () => {
    const edges = [18, 25, 35];
    expect([17.9, 18, 24.5, 25, 34, 35, 99].map((v) => bandOf(v, edges))).toEqual([0, 1, 1, 2, 2, 3, 3]);
  });
});
