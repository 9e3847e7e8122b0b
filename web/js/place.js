// Where a zone lies: in the units the plans name (before 1 July 2025) and, once imported, in today's.
import { t } from './i18n.js';
import { placeName } from './place-names.js';

/** "H. Tháp Mười (cũ) · Xã Mỹ Quí, Đồng Tháp (mới)"; "H. Tháp Mười, Đồng Tháp" while today's units are unknown. */
export function placeText(p) {
  const current = [p.commune2025Name, p.province2025Name].filter(Boolean).map(placeName).join(', ');
  if (!current) return [p.district, p.province].filter(Boolean).map(placeName).join(', ');
  return `${t('place.former', { name: placeName(p.district) })} · ${t('place.current', { name: current })}`;
}
