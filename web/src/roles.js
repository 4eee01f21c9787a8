// The titles of dated roles in the knowledge base (core/data/actors/*.json,
// `roles[].title`) in words, in the interface language: «commander» is
// «القائد العام» in Arabic. A title not listed here (one of a knowledge-base
// addition) is shown as written.
import { isolate, language, t } from './i18n.js';

const titles = {
  head_of_state: { ar: 'رئيس الدولة', en: 'head of state' },
  supreme_leader: { ar: 'المرشد الأعلى', en: 'supreme leader' },
  crown_prince: { ar: 'ولي العهد', en: 'crown prince' },
  deputy_crown_prince: { ar: 'ولي ولي العهد', en: 'deputy crown prince' },
  vice_president: { ar: 'نائب الرئيس', en: 'vice president' },
  head_of_government: { ar: 'رئيس الحكومة', en: 'head of government' },
  deputy_head_of_government: { ar: 'نائب رئيس الحكومة', en: 'deputy head of government' },
  foreign_minister: { ar: 'وزير الخارجية', en: 'foreign minister' },
  defence_minister: { ar: 'وزير الدفاع', en: 'defence minister' },
  interior_minister: { ar: 'وزير الداخلية', en: 'interior minister' },
  minister: { ar: 'وزير', en: 'minister' },
  ambassador: { ar: 'سفير', en: 'ambassador' },
  envoy: { ar: 'مبعوث', en: 'envoy' },
  deputy_envoy: { ar: 'نائب المبعوث', en: 'deputy envoy' },
  spokesman: { ar: 'متحدث رسمي', en: 'spokesperson' },
  commander: { ar: 'القائد العام', en: 'commander' },
  chief_of_staff: { ar: 'رئيس الأركان', en: 'chief of staff' },
  speaker: { ar: 'رئيس البرلمان', en: 'speaker' },
  head: { ar: 'رئيس', en: 'head' },
  member: { ar: 'عضو', en: 'member' },
  secretary_general: { ar: 'الأمين العام', en: 'secretary-general' },
  national_security_advisor: { ar: 'مستشار الأمن القومي', en: 'national security advisor' },
  deputy_national_security_advisor: { ar: 'نائب مستشار الأمن القومي', en: 'deputy national security advisor' },
  advisor: { ar: 'مستشار', en: 'advisor' },
};

export function roleTitle(title, lang = language()) {
  return titles[title]?.[lang] ?? String(title ?? '');
}

// A role as a line: «القائد العام — الجيش الوطني الليبي (لدى …)»; `name(id)` names actors.
// The portfolio, in the knowledge base's English only, stays as written.
export function roleText(role, name) {
  const parts = [roleTitle(role.title)];
  if (role.portfolio) parts[0] += ` (${isolate(role.portfolio)})`;
  if (role.of) parts.push(name(role.of));
  const at = role.at ? ` ${t('roleAt', name(role.at))}` : '';
  return `${parts.join(' — ')}${at}`;
}
