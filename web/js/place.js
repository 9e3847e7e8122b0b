// Where a zone lies: in the units the plans name (before 1 July 2025) and, once imported, in today's.
import { t } from './i18n.js';

/** "H. Tháp Mười (cũ) · Xã Mỹ Quí, Đồng Tháp (mới)"; "H. Tháp Mười, Đồng Tháp" while today's units are unknown. */
export function placeText(p) {
  const current = [p.commune2025Name, p.province2025Name].filter(Boolean).join(', ');
  if (!current) return [p.district, p.province].filter(Boolean).join(', ');
  return `${t('place.former', { name: p.district })} · ${t('place.current', { name: current })}`;
}
