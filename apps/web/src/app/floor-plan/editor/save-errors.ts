import { ErrorItem, toApiError } from '../../core/forms/server-errors';
import { TranslationParams } from '../../core/i18n/i18n.service';
import { PlanState } from '../plan-state';

const FIELD_LABELS: Record<string, string> = {
  number: 'floorPlan.props.number',
  x: 'floorPlan.props.x',
  y: 'floorPlan.props.y',
  width: 'floorPlan.props.width',
  depth: 'floorPlan.props.depth',
  rotation: 'floorPlan.props.rotation',
  capacity: 'floorPlan.props.capacity',
  notes: 'floorPlan.props.notes',
  label: 'floorPlan.props.label',
  kind: 'floorPlan.props.kind',
  outline: 'floorPlan.outline.label',
};
const GENERAL: Record<string, string> = {
  network: 'errors.network',
  forbidden: 'errors.forbidden',
  csrf: 'errors.csrf',
};

export type Translate = (key: string, params?: TranslationParams) => string;

/**
 * What a failed save says, naming the stand or feature each field error belongs to; `conflict` when
 * someone else saved meanwhile (the page then offers to reload).
 */
export function describeSaveError(error: unknown, sent: PlanState, t: Translate): ErrorItem[] | 'conflict' {
  const apiError = toApiError(error);
  if (apiError.code === 'version_conflict') return 'conflict';
  if (apiError.code === 'stand_in_use') {
    const numbers = (apiError.params?.['numbers'] as unknown) ?? '';
    return [
      {
        key: 'floorPlan.errors.standInUse',
        params: { numbers: Array.isArray(numbers) ? numbers.join(', ') : String(numbers) },
      },
    ];
  }
  if (!apiError.errors?.length) return [{ key: GENERAL[apiError.code] ?? 'errors.generic' }];
  return [
    { key: 'form.fixErrors' },
    ...apiError.errors.map((fieldError) => {
      const message = t('validation.' + fieldError.code, { ...(fieldError.params ?? {}), field: fieldError.field });
      const [list, index, field] = fieldError.field.split('.');
      const element =
        list === 'stands' && index !== undefined
          ? t('floorPlan.standN', { number: sent.stands[+index]?.number ?? +index + 1 })
          : list === 'features' && index !== undefined
            ? t('floorPlan.featureN', { n: +index + 1 })
            : t('floorPlan.room.heading');
      const name = field ?? (list === 'outline' ? list : '');
      const fieldLabel = name ? t(FIELD_LABELS[name] ?? name) : '';
      return { key: 'floorPlan.errors.field', params: { element, field: fieldLabel, message } };
    }),
  ];
}
