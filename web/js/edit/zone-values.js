// A zone property's value in words, as the form's field shows it: a code by its name, a decimal in the
// reader's format, nothing as a dash; and what a property is called.
import { formatNumber } from '../format.js';
import { has, t } from '../i18n.js';
import { FIELD_GROUPS, IDENTITY_FIELDS } from './zone-form-fields.js';

const FIELDS = new Map([...IDENTITY_FIELDS, ...FIELD_GROUPS.flatMap((group) => group.fields)].map((field) => [field.name, field]));

export function propertyLabel(name) {
  return has(`form.field.${name}`) ? t(`form.field.${name}`) : name;
}

export function propertyValue(name, value) {
  if (value === null || value === undefined || value === '') return t('value.unknown');
  const field = FIELDS.get(name);
  if (field?.type === 'choice') return t(`enum.${field.group}.${value}`);
  if (typeof value === 'number') return formatNumber(value, 2);
  return String(value);
}
