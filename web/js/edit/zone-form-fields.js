// The fields of the zone form, as the zone's properties name them, and how each is read from the form
// and shown: text, a decimal (comma or point), or one of the model's codes.
import { el } from '../dom.js';
import { localDecimal, parseDecimal } from '../filters.js';
import { t } from '../i18n.js';
import {
  BOUNDARY_QUALITIES, CLEARANCE_STATUSES, INVESTMENT_STATUSES, KINDS, LIFECYCLES, RENT_BASES,
} from '../vocabulary.js';

const text = (name, extra = {}) => ({ name, type: 'text', ...extra });
const decimal = (name) => ({ name, type: 'decimal' });
const choice = (name, values, group, { optional = false } = {}) => ({ name, type: 'choice', values, group, optional });

/** Only a new zone sets these: who it is and where. */
export const IDENTITY_FIELDS = [
  text('code', { pattern: '(kcn|ccn)-[a-z0-9]+(-[a-z0-9]+)*', example: 'form.codeExample' }),
  choice('kind', KINDS, 'kind'),
  { name: 'districtCode', type: 'district' },
  choice('boundaryQuality', BOUNDARY_QUALITIES, 'boundaryQuality'),
];

/** What a planner keeps up to date, in groups as the zone panel shows them. */
export const FIELD_GROUPS = [
  { title: 'section.place', fields: [text('name'), choice('lifecycle', LIFECYCLES, 'lifecycle'), text('decisionNumber')] },
  { title: 'section.land', fields: [decimal('areaHa'), decimal('leasableHa'), decimal('leasedHa')] },
  { title: 'section.clearance', fields: [choice('clearanceStatus', CLEARANCE_STATUSES, 'clearanceStatus'), decimal('clearedHa')] },
  {
    title: 'section.investment',
    fields: [choice('investmentStatus', INVESTMENT_STATUSES, 'investmentStatus'), text('developer'), text('contact'),
      decimal('rentMinUsdM2'), decimal('rentMaxUsdM2'), choice('rentBasis', RENT_BASES, 'rentBasis', { optional: true }),
      decimal('rentUntilYear')],
  },
];

/** The control for a field, holding a zone's value (null: empty). */
export function controlOf(field, value, { districts }) {
  const id = `zone-form-${field.name}`;
  const common = { id, name: field.name, attrs: { 'aria-describedby': `${id}-error` } };
  if (field.type === 'choice') {
    // An optional choice starts empty: no rent, no basis.
    return el('select', common, field.optional ? el('option', { value: '' }, t('value.unknown')) : null,
      field.values.map((code) => el('option', { value: code, selected: code === value }, t(`enum.${field.group}.${code}`))));
  }
  if (field.type === 'district') {
    const byProvince = Map.groupBy(districts.features.map((f) => f.properties), (d) => d.province);
    return el('select', { ...common, required: true }, el('option', { value: '' }, t('form.chooseDistrict')),
      [...byProvince].map(([province, units]) => el('optgroup', { label: province },
        units.map((d) => el('option', { value: d.code, dataset: { province: d.provinceCode } }, d.displayName)))));
  }
  const shown = value === null || value === undefined ? '' : String(value);
  return el('input', { ...common, type: 'text', value: field.type === 'decimal' ? localDecimal(shown) : shown,
    inputMode: field.type === 'decimal' ? 'decimal' : 'text', autocomplete: 'off', spellcheck: false,
    placeholder: field.example ? t(field.example) : '', attrs: { ...common.attrs, pattern: field.pattern } });
}

/** A field's value as the API takes it, or {invalid: message key} for text that is no such value. */
export function valueOf(field, control) {
  const typed = control.value.trim();
  if (field.type === 'decimal') {
    const parsed = parseDecimal(typed);
    if (parsed === null) return { invalid: 'form.notANumber' };
    return parsed === '' ? null : Number(parsed);
  }
  return typed === '' ? null : typed;
}
