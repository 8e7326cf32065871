import { ApplicationStatus } from '@markt/shared';
import { parseListQuery, toHttpParams, withChange } from './staff-list.query';

describe('parseListQuery', () => {
  it('reads filters, sort and page from the address', () => {
    expect(
      parseListQuery({
        status: 'submitted',
        topic: 'Empowerment',
        needsPower: 'true',
        needsStepFreeAccess: 'false',
        q: '  Brücke ',
        sort: 'score',
        order: 'desc',
        page: '2',
      }),
    ).toEqual({
      status: ApplicationStatus.Submitted,
      topic: 'Empowerment',
      needsPower: true,
      needsStepFreeAccess: false,
      q: 'Brücke',
      sort: 'score',
      order: 'desc',
      page: 2,
    });
  });

  it('drops unknown or malformed values', () => {
    expect(
      parseListQuery({ status: 'draft-ish', sort: 'colour', order: 'up', page: '-1', needsPower: 'yes', q: ' ' }),
    ).toEqual({});
  });

  it('caps the page size at the server maximum', () => {
    expect(parseListQuery({ pageSize: '500' }).pageSize).toBe(100);
  });
});

describe('toHttpParams', () => {
  it('writes booleans and numbers as strings and leaves out empty values', () => {
    expect(toHttpParams({ needsPower: false, page: 3, q: '', topic: undefined })).toEqual({
      needsPower: 'false',
      page: '3',
    });
  });
});

describe('withChange', () => {
  it('goes back to page 1 when a filter changes', () => {
    expect(withChange({ page: 3, sort: 'name' }, { status: ApplicationStatus.Accepted })).toEqual({
      sort: 'name',
      status: ApplicationStatus.Accepted,
    });
  });

  it('keeps the filters when only the page changes', () => {
    expect(withChange({ page: 1, topic: 'Empowerment' }, { page: 2 })).toEqual({ topic: 'Empowerment', page: 2 });
  });

  it('removes a filter set to undefined', () => {
    expect(withChange({ status: ApplicationStatus.Accepted }, { status: undefined })).toEqual({});
  });
});
