// The words the event rules read, normalized. Grammar is written here:
// negation, condition, complementizers, prepositions, relative pronouns, clause
// punctuation, the article and the letters of inflection. The open vocabulary
// (heads of role and agent phrases, nouns of members, facilities, issues,
// relations, words of backing, company, place and time…) is in
// core/data/events/cues.json, read once into lookups (events/cue_lists.h).
#pragma once

#include <algorithm>
#include <string>
#include <string_view>

#include "events/cue_lists.h"
#include "text/clitics.h"
#include "text/place_nouns.h"

namespace marsad::events {

namespace detail {
template <size_t N>
bool one_of(std::string_view w, const std::string_view (&words)[N]) {  // sizes compared first: no strlen
  for (std::string_view x : words)
    if (w == x) return true;
  return false;
}
}  // namespace detail

inline bool is_complementizer(std::string_view w) {
  static constexpr std::string_view k[] = {"ان", "بان", "انه", "انها", "بانه", "بانها", "انهم"};
  return detail::one_of(w, k);
}

// «قبل أن», «بعد أن», «منذ أن»: a complementizer of time, not of report.
inline bool is_temporal_before_complementizer(std::string_view w) {
  static constexpr std::string_view k[] = {"قبل", "بعد", "منذ", "حتي", "دون", "بدون", "وقبل", "وبعد"};
  return detail::one_of(w, k);
}

inline bool is_negation(std::string_view w) {
  static constexpr std::string_view k[] = {"لم", "لن", "لا", "ليس", "ليست", "لما", "دون", "عدم", "ولم", "ولن", "ولا", "فلم",
                                           "غير", "بدون"};
  return detail::one_of(w, k);
}

inline bool is_condition(std::string_view w) {
  static constexpr std::string_view k[] = {"اذا", "لو", "لولا", "فاذا", "واذا", "ولو", "فلو", "ولولا"};
  return detail::one_of(w, k);
}

// Nouns of opposition whose genitive (or ل-complement) is whom an act is against,
// as after «ضد»: «في مواجهة داعش», «لمحاربة الإرهاب», «مكافحة التنظيم», «قتال
// الحوثيين», «للتصدي لتنظيم داعش» — as written, behind ل or و, or with the article.
inline bool is_opposition_noun(std::string_view w) {
  const auto& k = cue_lists().opposition_nouns;
  if (k.contains(w) || k.contains(text::behind_glued_letter(w))) return true;
  std::string definite = text::article_behind_lam(w);  // «للتصدي» → «التصدي»
  std::string_view d = definite.empty() ? w : std::string_view(definite);
  return d.substr(0, 4) == "ال" && k.contains(d.substr(4));
}

// «سبق لـX أن …», «وسبق للوزير أن التقى»: "X had already …" (the verb before the ل-name).
inline bool is_already_verb(std::string_view w) { return w == "سبق" || w == "سبقت"; }

// «وعد بتقديم», «طالب بالإفراج»: a word glued to ب, what an act is of or asks for —
// not one that only begins with ب («بين», «بعد», «بلاده»).
inline bool is_glued_to_b(std::string_view w) {
  static constexpr std::string_view kNotGlued[] = {"بين", "بينهم", "بينها", "بينما", "بعد", "بعض", "بلاده", "بلادها", "بلادهم"};
  return w.size() > 4 && w.substr(0, 2) == "ب" && !detail::one_of(w, kNotGlued);
}

// «طلب نقل تحياته إلى …», «حمله تحياته»: conveying greetings, a courtesy.
inline bool is_relay_word(std::string_view w) { return w == "نقل" || w == "ابلاغ" || w == "بنقل"; }
inline bool is_greeting_word(std::string_view w) {
  static constexpr std::string_view k[] = {"تحيات", "تحياته", "تحياتها", "تحياتهم", "تحيه", "سلام", "سلامه", "تهاني", "تهانيه"};
  return detail::one_of(w, k);
}

// «وكذلك فعلت X», «كما فعل X»: "and so did X" — X did the same, in a clause of
// its own (`w` after `before`).
inline bool is_did_likewise(std::string_view before, std::string_view w) {
  static constexpr std::string_view kSo[] = {"كذلك", "وكذلك", "كما", "وكما"};
  static constexpr std::string_view kDid[] = {"فعل", "فعلت", "فعلوا", "فعلا", "فعلتا", "يفعل", "تفعل"};
  return detail::one_of(before, kSo) && detail::one_of(w, kDid);
}

// «في حال», «وفي حالة»: "in case", a condition of two words (`w` after `before`).
inline bool is_condition_phrase(std::string_view before, std::string_view w) {
  return (w == "حال" || w == "حاله") && (before == "في" || before == "وفي" || before == "ففي");
}

inline bool is_preposition(std::string_view w) {
  static constexpr std::string_view k[] = {"مع", "الي", "علي", "من", "عن", "ضد", "بحق", "بين", "لدي", "في", "نحو", "تجاه",
                                  "ازاء", "حيال", "حول", "عبر", "ل", "ب", "بشان"};
  return detail::one_of(w, k);
}

// A word after which a verb's form is read as its verbal noun: a preposition
// (not «من», also "who": «من قصف المدينة؟»; nor a bare ل or ب) or a noun that governs one
// («وقف قصف الطائرات», «جراء قصف», «بعد طرد»): «قصف» there is the bombing, not "bombed".
inline bool governs_a_noun(std::string_view w) {
  return (is_preposition(w) && w != "من" && w != "ل" && w != "ب") || cue_lists().governing_nouns.contains(w);
}

// «اتفقا خلال اتصال هاتفي», «بحثا أثناء لقاء»: an act in the course of which the
// clause's own act happened; its sides are the clause's.
inline bool is_during_word(std::string_view w) { return cue_lists().during_words.contains(w); }

// «بحضور X»: X is present at the act, no side of it; so is its sponsor
// («برعاية الولايات المتحدة والصين استضافت باكستان …») and one only pictured
// («ملوحين بصور أوجلان»).
// «بحضور», the presence words that open a phrase of attendees, and how far
// into it a name may come («بحضور ممثلي 75 بلدا بينهم سفيرة الولايات المتحدة»).
inline bool is_attendance_word(std::string_view w) { return w == "بحضور" || w == "وبحضور" || w == "وحضور"; }
constexpr uint32_t kPresenceReach = 10;

inline bool is_presence_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {"برعايه", "وبرعايه", "رعايه", "صور", "وصور", "بصور", "صوره", "بصوره"};
  return is_attendance_word(w) || std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

namespace detail {
inline constexpr std::string_view kAccording[] = {"بحسب", "وبحسب", "حسب", "وحسب"};
inline constexpr std::string_view kAccordingTo[] = {"وفقا", "ووفقا", "طبقا", "وطبقا"};  // + ل
inline constexpr std::string_view kQuoting[] = {"نقلا", "ونقلا"};                        // + عن
}  // namespace detail

// «بحسب X», «وفقا لX», «نقلا عن X»: X is whose word the sentence is. `before` the
// word before X, `two_before` the one before that, `preposition` X's own.
inline bool is_attribution(std::string_view before, std::string_view two_before, std::string_view preposition) {
  return (preposition.empty() && detail::one_of(before, detail::kAccording)) ||
         (preposition == "ل" && detail::one_of(before, detail::kAccordingTo)) ||
         (preposition == "عن" && detail::one_of(two_before, detail::kQuoting));
}

// The word that opens such an attribution («بحسب», «وفقا», «نقلا»).
inline bool opens_attribution(std::string_view w) {
  return detail::one_of(w, detail::kAccording) || detail::one_of(w, detail::kAccordingTo) ||
         detail::one_of(w, detail::kQuoting);
}

namespace detail {
// Word w in list k behind its conjunction, as written or behind one more glued letter.
inline bool listed_behind_clitics(const WordSet& k, std::string_view w) {
  w = text::behind_conjunction(w);
  return k.contains(w) || k.contains(text::behind_glued_letter(w));
}
}  // namespace detail

// «قتل», «أصيب», «لقي مصرعه», «مقتل», «قتلى»: being killed or wounded (also
// behind a glued letter: «بمقتل»).
inline bool is_suffering_word(std::string_view w) {
  return detail::listed_behind_clitics(cue_lists().suffering_words, w);
}

// «بوفاة X», «رحيل X», «ضريح X»: X is dead, and acts in the sentence no more.
// Read as written («وفاة», whose و is no conjunction) or behind a glued letter
// or two («بوفاة», «وبرحيل»).
inline bool is_death_noun(std::string_view w) {
  const WordSet& k = cue_lists().death_nouns;
  return k.contains(w) || k.contains(text::behind_glued_letter(w)) ||
         k.contains(text::behind_glued_letter(text::behind_conjunction(w)));
}

// «أمام X»: before whom something is said or done («ندد كارتر أمام لجنة الدفاع
// بمجلس الشيوخ», «أتحمل المسؤولية أمام قطر»): its audience, no side of a statement.
inline bool is_audience_word(std::string_view w) { return w == "امام" || w == "وامام"; }

// «تصدت X لهجوم»: a verb of facing, whose ل-object is an act that happened.
inline bool is_facing_verb(std::string_view w) {
  static constexpr std::string_view k[] = {"تصدي", "تصدت", "تصدوا", "يتصدي", "تتصدي", "يتصدون"};
  return detail::one_of(w, k);
}

// «اجتماعا مقررا», «الزيارة المرتقبة», «الاجتماع المقبل»: an act said to be scheduled.
inline bool is_schedule_word(std::string_view w) {
  static constexpr std::string_view k[] = {"مقرر",    "مقررا",   "مقرره",   "المقرر",  "المقرره", "مرتقب",  "مرتقبا",
                                           "مرتقبه",  "المرتقب", "المرتقبه", "مزمع",   "مزمعا",   "المزمع", "المزمعه",
                                           "المقبل",  "المقبله", "القادم",  "القادمه", "المنتظر", "المنتظره"};
  return detail::one_of(w, k);
}

// «صفقة تبادل الأسرى … قد فشلت», «انهارت الهدنة»: an agreement, talks or truce
// that failed, collapsed, was called off or put off did not take place.
inline bool is_failure_verb(std::string_view w) {
  static constexpr std::string_view k[] = {"فشل",   "فشلت",  "انهار",  "انهارت", "تعثر",  "تعثرت", "اخفق",
                                           "اخفقت", "الغي",  "الغيت",  "تاجل",   "تاجلت", "ارجئ",  "ارجئت"};
  return detail::one_of(w, k) || detail::one_of(text::behind_conjunction(w), k);
}

// «خلالها», «أثناءه»: "during it", the act named before.
inline bool is_during_pronoun(std::string_view w) {
  static constexpr std::string_view k[] = {"خلاله", "خلالها", "خلالهما", "اثناءه", "اثناءها"};
  return detail::one_of(w, k);
}

// A noun in the indefinite accusative, no adverb: «انتصارا», «تقدما» — what a verb
// achieves or does — not «حاليا», «رسميا» (adverbs of a nisba) nor «مجددا», «أيضا».
inline bool is_accusative_object(std::string_view w) {
  static constexpr std::string_view kAdverbs[] = {"مجددا", "ايضا", "سابقا", "لاحقا", "مؤخرا", "دائما", "جدا", "معا", "غدا", "امس"};
  return w.size() >= 8 && w.ends_with("ا") && !w.starts_with("ال") && !w.ends_with("يا") && !detail::one_of(w, kAdverbs);
}

inline bool is_clause_punctuation(std::string_view w) {
  return w == "،" || w == "," || w == "؛" || w == ";" || w == ":" || w == "." || w == "؟" || w == "?";
}

// «الحدود», «حدودها», «بالحدود», «الحدودية»: a border (not «محدودة», "limited").
inline bool is_border_word(std::string_view w) {
  w = text::behind_conjunction(w);
  for (std::string_view article : {"بال", "لل", "ال", "ب", "ل"})
    if (w.substr(0, article.size()) == article) {
      w.remove_prefix(article.size());
      break;
    }
  return w.substr(0, 8) == "حدود";
}

// «في محافظة مأرب، شرق اليمن،»: a direction opens a place in apposition, not a participant.
inline bool is_direction(std::string_view w) { return cue_lists().directions.contains(w); }

// Words that put a place after them as a location: «داخل الأراضي التركية»,
// «قرب حلب», «في محيط دمشق», «بريف إدلب».
inline bool is_location_word(std::string_view w) { return cue_lists().location_words.contains(w); }

// A state's ground, waters or air: «الأراضي التركية», «الأجواء السورية».
inline bool is_territory_noun(std::string_view w) { return cue_lists().territory_nouns.contains(w); }

// What an armed force holds and an attack strikes: «مواقع للحوثيين», «مقرا للجيش».
inline bool is_held_noun(std::string_view w) { return cue_lists().held_nouns.contains(w); }
// Where people live or gather, struck with no holder named: «أحياء سكنية», «منازل».
inline bool is_dwelling_noun(std::string_view w) { return cue_lists().dwelling_nouns.contains(w); }
// A paper or a study one presents and others discuss («ورقة عمل», «الدراسة»).
inline bool is_paper_noun(std::string_view w) { return cue_lists().paper_nouns.contains(w); }
// A military base, without the article («قاعدة جوية»: the adjective after it is the base's).
inline bool is_base_noun(std::string_view w) { return cue_lists().base_nouns.contains(w); }
inline bool is_kin_noun(std::string_view w) { return cue_lists().kin_nouns.contains(w); }

// «العقوبات المفروضة على إيران», «المفاوضات … معلقة»: a word after an act's noun
// that makes it a measure in force or talks on hold — a state, not an act.
inline bool is_standing_word(std::string_view w) { return cue_lists().standing_words.contains(w); }
// «بصفة منتظمة», «بانتظام», «عادة»: a verb in the present told as a habit (events/modality.cpp).
inline bool is_habitual_word(std::string_view w) { return cue_lists().habitual_words.contains(w); }
// What a person owns or leads («قصر الرئيس», «موكب الوزير»): struck, it is no one's words.
inline bool is_property_noun(std::string_view w) { return cue_lists().property_nouns.contains(w); }

// «برئاسة X», «بقيادة X»: X heads the side named before it (a meeting it
// chairs, forces it leads), and so is not that side's counterpart.
inline bool is_heading_word(std::string_view w) { return cue_lists().heading_words.contains(w); }

// A facility named after a city or a state («مطار القاهرة», «ميناء الحديدة»,
// «جامعة الكويت»): the name in its construct is the facility's, a place.
inline bool is_facility_noun(std::string_view w) { return cue_lists().facility_nouns.contains(w); }
// «عمليات», «حملة», «مداهمات»: operations, campaigns, raids — what a verb right after
// them («في عمليات استهدفت X») has for its subject.
inline bool is_operation_noun(std::string_view w) { return cue_lists().operation_nouns.contains(w); }
// A meeting, a summit or an accord named after where it was held («اجتماع الدوحة»,
// «مؤتمر الرياض»), as written or behind a glued letter («باتفاق الطائف»).
inline bool is_venue_noun(std::string_view w) { return detail::listed_behind_clitics(cue_lists().venue_nouns, w); }
// Heads of an office's or a body's name («مسؤول», «منسق», «لجنة»): a verbal noun
// at the end of the name is what the office does, no act.
inline bool is_office_head(std::string_view w) { return cue_lists().office_heads.contains(w); }

// A national team («منتخب مصر», «منتخبا الإمارات وقطر», «المنتخب السعودي»):
// the state named in it plays a match, it does not act.
inline bool is_team_noun(std::string_view w) {
  if (w.substr(0, 4) == "ال") w.remove_prefix(4);
  return cue_lists().team_nouns.contains(w);
}

// «تابعة لـ»: belonging to, between what is held or who act and their owner
// («مواقع تابعة للحوثيين», «مسلحين تابعين لحزب»).
inline bool is_belonging_word(std::string_view w) {
  if (w.substr(0, 4) == "ال") w.remove_prefix(4);
  return cue_lists().belonging_words.contains(w);
}

// Heads of role phrases: «فيصل بن بندر أمير منطقة الرياض» (the region is whose
// governor he is, not a participant), «قائد القوة البرية الإيرانية العميد X».
inline bool is_role_head(std::string_view w) {
  if (w.substr(0, 4) == "ال") w.remove_prefix(4);
  return cue_lists().role_heads.contains(w);
}

// Nouns that put a place's or a body's name after them: text/place_nouns.h.
using text::is_place_noun;

// Agents news leaves unnamed: «مسلحون», «مجهولون», «عناصر» right before a verb.
inline bool is_unnamed_agent(std::string_view w) { return cue_lists().unnamed_agents.contains(w); }

// A person by their trade or standing, no actor («المحامية», «الناشط», «الكاتب»):
// right after a verb, its subject, named by no actor the analyzer knows.
inline bool is_person_noun(std::string_view w) { return cue_lists().person_nouns.contains(w); }
// A body that is no state or government: an institute, a company, a newspaper («معهد بحثي أميركي»).
inline bool is_body_noun(std::string_view w) { return cue_lists().body_nouns.contains(w); }
// The head noun of a group's name: «جماعة», «حركة», «حزب», «ميليشيات».
inline bool is_group_head(std::string_view w) { return cue_lists().group_heads.contains(w); }

// «نظيره المصري»: one's counterpart, always the other side of the act, never its subject.
inline bool is_counterpart_word(std::string_view w) { return cue_lists().counterpart_words.contains(w); }

// Members of a group, before «من X»: «مسلحون من داعش» is the group acting.
inline bool is_member_noun(std::string_view w) { return cue_lists().member_nouns.contains(w); }

// A side's arms in construct before its name: «طائرات التحالف», «مدفعية الجيش».
inline bool is_arm_noun(std::string_view w) { return cue_lists().arm_nouns.contains(w); }

// Words that make the actor after them an ally of the one before, not its
// counterpart: «الحوثيون المدعومون بقوات صالح», «المتمردون المدعومون من إيران»,
// «القوات الموالية لهادي», «المتحالفة مع», «بدعم من», «بمساندة».
inline bool is_backing_word(std::string_view w) { return cue_lists().backing_words.contains(w); }
// «لإعادة هادي إلى السلطة», «لدعم المقاومة», «لحماية المدنيين»: the one an act is
// done for, right after these words (as written, behind و).
inline bool is_serving_word(std::string_view w) { return cue_lists().serving_words.contains(w); }

// A word that starts with the article, behind و, ف, ب, ك or ل («العنيفة», «والدامية», «للمنظمة»),
// read from its letters alone: «بالغة» passes too.
inline bool is_definite_word(std::string_view w) {
  for (std::string_view p : {"ال", "وال", "فال", "بال", "كال", "لل", "ولل"})
    if (w.size() > p.size() && w.substr(0, p.size()) == p) return true;
  return false;
}

// A sound masculine plural in its oblique case, -ين where a subject takes -ون:
// a nisba plural («الحوثيين», «السوريين») or a participle («المسلحين»,
// «مقاتلين»). Right after a verb it is the object, not the subject.
// Read from its letters alone: a person's name may end so («مارتين»), and the
// caller asks of groups only.
inline bool is_oblique_plural(std::string_view w) {
  constexpr size_t kLetter = 2;  // bytes of an Arabic letter in UTF-8
  if (w.ends_with("يين") && w.size() >= 5 * kLetter) return true;
  if (!w.ends_with("ين")) return false;
  return (w.starts_with("الم") && w.size() >= 8 * kLetter) || (w.starts_with("م") && w.size() >= 6 * kLetter);
}

// A verb that carries a plural subject of its own: «هاجموا», «قالوا», «يطالبون».
// A verb before its named subject is singular («هاجم المسلحون»), so what follows
// this one is no subject: its subject stands before it or in the clause before.
// (Not «تعاون», «يتعاون»: -اون is a stem, not the plural.)
inline bool carries_plural_subject(std::string_view verb) {
  constexpr size_t kLetter = 2;
  if (verb.ends_with("وا")) return verb.size() >= 4 * kLetter;
  bool imperfect = verb.starts_with("ي") || verb.starts_with("ت");
  return imperfect && verb.ends_with("ون") && !verb.ends_with("اون") && verb.size() >= 5 * kLetter;
}

// The remains of the dead: «استقبل جثمان الشهيد» receives no one.
inline bool is_remains_noun(std::string_view w) {
  return w == "جثمان" || w == "جثامين" || w == "جثه" || w == "جثث" || w == "رفات";
}

// A science or its scholar before the name of its field: «عالم الاجتماع», «علم
// الاجتماع» (sociology) hold no meeting.
inline bool is_science_noun(std::string_view w) {
  return w == "علم" || w == "عالم" || w == "علماء" || w == "عالمه" || w == "علوم";
}

// The object pronoun written apart, after a verb or a participle: «مطالبا إياها».
inline bool is_detached_object_pronoun(std::string_view w) {
  return w == "اياه" || w == "اياها" || w == "اياهم" || w == "اياهما";
}

// The preposition ب or ل glued to the front of a longer word («بمسلحين», «لأكثر»,
// «بدعم»), "" when there is none.
inline std::string_view glued_preposition(std::string_view w) {
  return w.size() > 2 && (w.substr(0, 2) == "ب" || w.substr(0, 2) == "ل") ? w.substr(0, 2) : std::string_view();
}

// «كان», «كانت», «كانوا», behind a conjunction or not.
inline bool is_was(std::string_view w) {
  static constexpr std::string_view k[] = {"كان", "كانت", "كانوا"};
  return detail::one_of(text::behind_conjunction(w), k);
}

// A last word that carries a possessive pronoun: «قلقه», «استغرابها», «ترحيبهم».
inline bool ends_in_pronoun(std::string_view w) {
  for (std::string_view p : {"ه", "ها", "هم", "هما"})
    if (w.size() > p.size() + 4 && w.substr(w.size() - p.size()) == p) return true;
  return false;
}

// A last word that carries a pronoun of the first person: «لقائي», «زيارتنا».
inline bool ends_in_first_person(std::string_view w) { return w.ends_with("ي") || w.ends_with("نا"); }
// A word ending in the pronoun of a man («زيارته», «لقائه»; not «ها», «هم», «هما»).
inline bool ends_in_his(std::string_view w) { return w.ends_with("ه") && !w.ends_with("هه"); }

// Words after which an act is the topic of talk, not an act: «محادثات حول
// التعاون», «بحث سبل التعاون», «مشاورات بشأن الدعم».
inline bool is_topic_word(std::string_view w) { return cue_lists().topic_words.contains(w); }
// Words of sport, markets and entertainment («المباراة», «الأسهم», «الفيلم»): a
// sentence that has one is seldom about acts between states and groups.
inline bool is_leisure_word(std::string_view w) {  // as written or behind one glued letter («لفيلم»)
  return cue_lists().leisure_words.contains(w) || cue_lists().leisure_words.contains(text::behind_glued_letter(w));
}

// Words that undo the standing measure named after them: «رفع العقوبات»,
// «تعليق العقوبات», «إنهاء الحصار» («وقف القصف» stops an act that goes on: not these).
inline bool is_undoing_word(std::string_view w) { return cue_lists().undoing_words.contains(w); }
// The noun of an agreement («نقض اتفاق الهدنة»: the agreement that made the truce).
inline bool is_agreement_noun(std::string_view w) { return w == "اتفاق" || w == "اتفاقيه"; }
// «هناك اتفاقية أمنية بين البلدين»: what the text says there is stands, it is not done here.
inline bool is_existence_word(std::string_view w) { return cue_lists().existence_words.contains(w); }
// «ميليشيات الحوثي المتمردة», «تنظيم داعش الإرهابي»: what news calls an actor, right after its name.
inline bool is_epithet(std::string_view w) { return cue_lists().epithets.contains(w); }

// «زيارة بحاح إلى عدن تمثل صفعة للحوثيين»: a verb that says what the act before it is.
inline bool is_predicate_verb(std::string_view w) { return cue_lists().predicate_verbs.contains(w); }

// Quantities between an undoing word and its noun: «رفع معظم العقوبات».
inline bool is_quantity_word(std::string_view w) { return cue_lists().quantity_words.contains(w); }

// The first word of a blessing on the dead said after their name, before «الله»:
// «الملك فيصل – رحمه الله –», «طيب الله ثراه».
inline bool is_death_blessing(std::string_view w) { return cue_lists().death_blessings.contains(w); }

// People a meeting may be with that no actor names: «لقائه ببعض أنصاره», «مع مسؤولين».
inline bool is_unnamed_people(std::string_view w) { return cue_lists().unnamed_people.contains(w); }

// Words that count some of a group before «من»: «عشرة من عناصر داعش», «عددا من».
inline bool is_count_word(std::string_view w) { return cue_lists().count_words.contains(w); }
// Words that make a count approximate, right before it: «نحو 13 موقعا», «حوالي 20»;
// and those before «من» that bound it: «أكثر من 300 من عناصر», «أقل من 10».
inline bool is_approximator(std::string_view w) { return w == "نحو" || w == "حوالي" || w == "قرابه" || w == "زهاء"; }
inline bool is_count_bound(std::string_view w) { return w == "اكثر" || w == "اقل" || w == "ازيد"; }

// Participles of coming from a place: «وصل إلى عدن قادما من الرياض» — the
// place after «من» is where the traveller left, no side of the act.
inline bool is_origin_word(std::string_view w) { return cue_lists().origin_words.contains(w); }

// Nouns of an issue or a crisis: a nationality adjective after them names what
// the issue is about, not a party to an act («على خلفية الأزمة الأوكرانية»,
// «الملف النووي الإيراني», «الشأن السوري», «الحرب السورية»).
inline bool is_issue_noun(std::string_view w) { return cue_lists().issue_nouns.contains(w); }

// Words of company: «استعرض الملك، مرفوقا بولي عهده», «برفقة الأمير», «بحضور الرئيس» — the
// companion (or the one present) is on the side of the one before, not a counterpart.
inline bool is_company_word(std::string_view w) { return cue_lists().company_words.contains(w); }

// "بين X وY", "جمع X وY", "ضم X وY": words that pair two actors.
// The relative pronouns: «الذي», «التي», the duals and plurals.
inline bool is_relative_pronoun(std::string_view w) {
  static constexpr std::string_view k[] = {"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي"};
  return detail::one_of(w, k);
}

// «وتستضيف إيران، حليفة الرئيس السوري بشار الأسد، مسؤولين»: a noun of
// relation opening a phrase between commas describes the name before it; who
// it names is no participant of the clause.
inline bool is_relation_noun(std::string_view w) { return cue_lists().relation_nouns.contains(w); }

// Time adverbs that govern a noun: «عشية اجتماعات الدوحة» ("on the eve of"),
// «غداة», «قبيل», «بعيد». What they name dates an act; it takes no part in it.
inline bool is_time_adverb(std::string_view w) { return cue_lists().time_adverbs.contains(w); }

// Verbs that only say an act took place, in «التي جرت بين X وY».
inline bool is_taking_place_verb(std::string_view w) { return cue_lists().taking_place_verbs.contains(w); }

// «عملية عسكرية مشتركة بين X وY»: the act is done by both sides together.
inline bool is_joint_word(std::string_view w) { return cue_lists().joint_words.contains(w); }

inline bool is_pairing_word(std::string_view w) { return cue_lists().pairing_words.contains(w); }

// «بينها» of «اشتباكات بينها وبين الحوثيين»: «بين» with the pronoun of one side.
inline bool is_pronoun_pairing(std::string_view w) { return w == "بينه" || w == "بينها" || w == "بينهم" || w == "بينهما"; }

// The noun of «من جهة … ومن جهة أخرى», «من طرف», «من ناحية»: it marks one side
// of those «بين» pairs.
inline bool is_side_mark(std::string_view w) { return w == "جهه" || w == "طرف" || w == "ناحيه"; }

// Head nouns after which a bare nisba adjective names an actor: "وفد أمريكي"
// acts for the US, "الأزمة الليبية" does not act at all.
inline bool is_agent_head(std::string_view w) { return cue_lists().agent_heads.contains(w); }

// Heads that report rather than act: "صحف إيطالية أن …" names the reporting source.
inline bool is_reporting_head(std::string_view w) { return cue_lists().reporting_heads.contains(w); }

}  // namespace marsad::events
