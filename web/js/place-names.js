// Vietnamese administrative names as the data gives them ("H. Cao Lãnh", "TP Cao Lãnh", "Xã Mỹ Quí"), in the
// reader's language: a language with words for the units (i18n "place.unit") spells the unit out, English
// after the name ("Cao Lãnh District") as English-language maps of Vietnam write it; Vietnamese keeps the
// name as given. The names themselves are never translated.
import { has, t } from './i18n.js';

/** The unit words a name may begin with, abbreviated or in full, and the unit each stands for. */
const UNIT_PREFIXES = [
  [/^(?:H\.|Huyện)\s*/u, 'district'],
  [/^(?:TP\.?|Thành phố)\s+/u, 'city'],
  [/^(?:TX\.?|Thị xã)\s+/u, 'town'],
  [/^(?:Q\.|Quận)\s*/u, 'urbanDistrict'],
  [/^(?:TT\.?|Thị trấn)\s+/u, 'townlet'],
  [/^Xã\s+/u, 'commune'],
  [/^(?:P\.|Phường)\s*/u, 'ward'],
  [/^Tỉnh\s+/u, 'province'],
  [/^Đặc khu\s+/u, 'specialZone'],
];

/** A place's name for display: "TP Cao Lãnh" reads "Cao Lãnh City" in English; null and "" stay as they are. */
export function placeName(name) {
  if (!name) return name;
  const found = UNIT_PREFIXES.find(([prefix]) => prefix.test(name));
  const key = found && `place.unit.${found[1]}`;
  return found && has(key) ? t(key, { name: name.replace(found[0], '') }) : name;
}
