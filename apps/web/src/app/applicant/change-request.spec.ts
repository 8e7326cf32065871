import { changeValue } from '../staff/review-changes.component';

describe('changes requested', () => {
  it('shows compared values as text: lists joined, yes/no and nothing translated', () => {
    expect(changeValue(['Empowerment', 'Antirassismus'])).toEqual({ text: 'Empowerment, Antirassismus' });
    expect(changeValue(2.5)).toEqual({ text: '2.5' });
    expect(changeValue(true)).toEqual({ key: 'diff.yes' });
    expect(changeValue(false)).toEqual({ key: 'diff.no' });
    expect(changeValue(null)).toEqual({ key: 'diff.empty' });
    expect(changeValue([])).toEqual({ key: 'diff.empty' });
  });
});
