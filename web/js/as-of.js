// The date the pages show the registry as of, shared by the web map and the dashboard through the address
// (?asOf=YYYY-MM-DD): empty means today's figures. The header's date control sets it; every request for
// zones or statistics carries it.
import { t } from './i18n.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A date the API can be asked for: a real calendar day, not after today; else null. */
export function parseAsOf(text) {
  if (!DATE.test(text ?? '')) return null;
  const day = new Date(`${text}T00:00:00Z`);
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== text) return null;
  return text <= today() ? text : null;
}

/** Today in the reader's time zone, as YYYY-MM-DD. */
export function today() {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
}

let current = null;

/** The query parameters that ask for the figures as of the chosen date: {asOf} or nothing. */
export function asOfParams() {
  return current ? { asOf: current } : {};
}

/**
 * The header's date field and the button back to today.
 * @param onChange told the new date, or null for today
 */
export function createAsOfControl({ input, clear }, onChange) {
  input.max = today();
  input.addEventListener('change', () => {
    const date = input.value === '' ? null : parseAsOf(input.value);
    if (input.value !== '' && !date) {
      input.setCustomValidity(t('asOf.invalid', { max: today() }));
      input.reportValidity();
      return;
    }
    input.setCustomValidity('');
    onChange(date);
  });
  clear.addEventListener('click', () => onChange(null));
  return {
    /** Shows the date and makes it the one requests carry. */
    set(date) {
      current = date;
      input.value = date ?? '';
      clear.hidden = !date;
    },
  };
}
