import { APPLICATION_STATUSES, ApplicationStatus, LIMITS, StaffListQuery, StaffListSort } from '@markt/shared';

const SORTS: readonly StaffListSort[] = ['date', 'score', 'name'];
export const DEFAULT_PAGE_SIZE = LIMITS.staffList.pageSize.default;

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function flag(value: string | undefined): boolean | undefined {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

function positiveInt(value: string | undefined): number | undefined {
  const n = Number(value);
  return value && Number.isInteger(n) && n >= 1 ? n : undefined;
}

/** Reads the list's query from the page address (unknown values are dropped). */
export function parseListQuery(params: Params): StaffListQuery {
  const status = first(params['status']);
  const sort = first(params['sort']);
  const order = first(params['order']);
  const q = first(params['q'])?.trim().slice(0, LIMITS.staffList.q);
  const pageSize = positiveInt(first(params['pageSize']));
  const query: StaffListQuery = {
    status: APPLICATION_STATUSES.includes(status as ApplicationStatus) ? (status as ApplicationStatus) : undefined,
    topic: first(params['topic']) || undefined,
    needsPower: flag(first(params['needsPower'])),
    needsStepFreeAccess: flag(first(params['needsStepFreeAccess'])),
    q: q || undefined,
    sort: SORTS.includes(sort as StaffListSort) ? (sort as StaffListSort) : undefined,
    order: order === 'asc' || order === 'desc' ? order : undefined,
    page: positiveInt(first(params['page'])),
    pageSize: pageSize ? Math.min(pageSize, LIMITS.staffList.pageSize.max) : undefined,
  };
  return compact(query);
}

/** Drops empty values so the address and the request stay short. */
export function compact(query: StaffListQuery): StaffListQuery {
  return Object.fromEntries(
    Object.entries(query).filter(([, v]) => v !== undefined && v !== null && v !== ''),
  ) as StaffListQuery;
}

/** The query as URL parameters (for the request and for the page address). */
export function toHttpParams(query: StaffListQuery): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(compact(query))) params[key] = String(value);
  return params;
}

/** A change of filters starts at page 1 again; changing only the page keeps the filters. */
export function withChange(query: StaffListQuery, change: Partial<StaffListQuery>): StaffListQuery {
  const keepPage = Object.keys(change).every((key) => key === 'page' || key === 'pageSize');
  return compact({ ...query, ...(keepPage ? {} : { page: undefined }), ...change });
}
