// The matching rules, on a small knowledge base written here, so each rule is
// tested apart from the real data (which has its own tests).
#include <gtest/gtest.h>

#include <algorithm>

#include "actors/lexicon.h"
#include "actors/matcher.h"
#include "text/normalizer.h"
#include "text/segmenter.h"
#include "text/sentences.h"

namespace marsad::actors {
namespace {

constexpr const char* kKb = R"({"actors": [
  {"id": "lby", "type": "country", "name": {"ar": "ليبيا", "en": "Libya"}, "nisba": ["الليبي", "الليبية", "الليبيين"]},
  {"id": "usa", "type": "country", "name": {"ar": "الولايات المتحدة", "en": "United States"},
   "aliases": {"ar": ["أمريكا"]}, "nisba": ["الأمريكي", "الأميركي", "الأمريكية"], "metonyms": ["واشنطن"]},
  {"id": "gbr", "type": "country", "name": {"ar": "بريطانيا", "en": "United Kingdom"}, "nisba": ["البريطاني"]},
  {"id": "lbn", "type": "country", "name": {"ar": "لبنان", "en": "Lebanon"}},
  {"id": "ken", "type": "country", "name": {"ar": "كينيا", "en": "Kenya"}, "nisba": ["الكيني", "كينيا"]},
  {"id": "tur_shura", "type": "organization", "name": {"ar": "مجلس الشورى"}, "aliases": {"ar": ["مجلس الشورى التركي"]}},
  {"id": "south_lbn", "type": "place", "name": {"ar": "جنوب لبنان", "en": "South Lebanon"}, "state": "lbn"},
  {"id": "qat_ruler", "type": "person", "name": {"ar": "راشد بن حمد"}, "descriptions": ["حاكم قطر"], "state": "qat"},
  {"id": "tur", "type": "country", "name": {"ar": "تركيا", "en": "Turkey"}, "nisba": ["التركي", "تركي"]},
  {"id": "qat", "type": "country", "name": {"ar": "قطر", "en": "Qatar"}, "metonyms": ["الدوحة"]},
  {"id": "sau", "type": "country", "name": {"ar": "السعودية", "en": "Saudi Arabia"}, "generic": ["المملكة"]},
  {"id": "jor", "type": "country", "name": {"ar": "الأردن", "en": "Jordan"}, "generic": ["المملكة"]},
  {"id": "okaz_t", "type": "media", "name": {"ar": "صحيفة عكاظ"}, "state": "sau"},
  {"id": "tur_president", "type": "person", "name": {"ar": "كمال دمير"}, "state": "tur",
   "roles": [{"title": "head_of_state", "of": "tur", "from": "2014-08-28"}]},
  {"id": "qat_emir", "type": "person", "name": {"ar": "حمد بن سالم"}, "state": "qat",
   "roles": [{"title": "head_of_state", "of": "qat", "from": "2013-06-25"}]},
  {"id": "washington", "type": "place", "name": {"ar": "واشنطن", "en": "Washington"}, "state": "usa"},
  {"id": "lna", "type": "armed_group", "name": {"ar": "الجيش الوطني الليبي", "en": "LNA"}, "state": "lby",
   "aliases": {"ar": ["الجيش الليبي"]}, "generic": ["الجيش"]},
  {"id": "kaniyat", "type": "armed_group", "name": {"ar": "الكانيات"}, "aliases": {"ar": ["اللواء السابع"]}},
  {"id": "gna", "type": "organization", "name": {"ar": "حكومة الوفاق"}, "state": "lby"},
  {"id": "un", "type": "organization", "name": {"ar": "الأمم المتحدة"}},
  {"id": "nahda", "type": "organization", "name": {"ar": "حركة النهضة"}, "aliases": {"ar": ["النهضة"]}},
  {"id": "wahda", "type": "organization", "name": {"ar": "حركة الوحدة"}},
  {"id": "fatah_t", "type": "organization", "name": {"ar": "حركة فتح"}, "generic": ["فتح"]},
  {"id": "haftar", "type": "person", "name": {"ar": "خليفة حفتر"}, "short": ["حفتر"], "state": "lby",
   "affiliation": "lna", "roles": [{"title": "commander", "of": "lna", "from": "2015-03-02"}]},
  {"id": "mismari", "type": "person", "name": {"ar": "أحمد المسماري"}, "short": ["المسماري"], "affiliation": "lna",
   "roles": [{"title": "spokesman", "of": "lna", "from": "2014"}]},
  {"id": "bodde", "type": "person", "name": {"ar": "بيتر بودي"}, "state": "usa",
   "roles": [{"title": "ambassador", "of": "usa", "at": "lby", "from": "2015-12", "to": "2019-08"}]},
  {"id": "norland", "type": "person", "name": {"ar": "ريتشارد نورلاند"}, "state": "usa",
   "roles": [{"title": "ambassador", "of": "usa", "at": "lby", "from": "2019-08"}]},
  {"id": "millett", "type": "person", "name": {"ar": "بيتر ميليت"}, "state": "gbr",
   "roles": [{"title": "ambassador", "of": "gbr", "at": "lby", "from": "2015", "to": "2018-06"}]},
  {"id": "nabil_fahmi", "type": "person", "name": {"ar": "نبيل فهمي"}, "short": ["فهمي"], "state": "lby"},
  {"id": "salem_libi", "type": "person", "name": {"ar": "سالم الليبي"}, "state": "lby"},
  {"id": "hisham_masri", "type": "person", "name": {"ar": "هشام المصري"}, "short": ["المصري"], "state": "lby"},
  {"id": "rim_alali", "type": "person", "name": {"ar": "ريم العلوي"}, "short": ["العلوي"], "state": "lby"},
  {"id": "ziad_alali", "type": "person", "name": {"ar": "زياد العلوي"}, "short": ["العلوي"], "state": "lby"},
  {"id": "mansour_zayed", "type": "person", "name": {"ar": "منصور بن زايد"}, "state": "lby"},
  {"id": "hamdan_sheikh", "type": "person", "name": {"ar": "حمدان بن سعد"}, "aliases": {"ar": ["الشيخ حمدان بن سعد"]}},
  {"id": "karim_dow", "type": "person", "name": {"ar": "كريم داو"}, "short": ["كريم"], "state": "usa"},
  {"id": "nurton", "type": "person", "name": {"ar": "هيلين نورتون"}, "short": ["نورتون"], "state": "gbr",
   "roles": [{"title": "foreign_minister", "of": "gbr", "from": "2014-01", "to": "2016-06"}]},
  {"id": "pell", "type": "person", "name": {"ar": "مارك بيل"}, "state": "gbr",
   "roles": [{"title": "minister", "portfolio": "deputy foreign affairs", "of": "gbr", "from": "2012"}]},
  {"id": "garvey", "type": "person", "name": {"ar": "روث غارفي"}, "state": "gbr",
   "roles": [{"title": "minister", "portfolio": "oil", "of": "gbr", "from": "2012"}]},
  {"id": "hamas_t", "type": "armed_group", "name": {"ar": "حركة حماس"}, "aliases": {"ar": ["حماس"]}},
  {"id": "jihad_t", "type": "armed_group", "name": {"ar": "حركة الجهاد الإسلامي"}, "partner": {"of": ["hamas_t"], "ar": ["الجهاد"]}},
  {"id": "king_t", "type": "person", "name": {"ar": "عبدالله بن عبدالعزيز"}},
  {"id": "haddad_t", "type": "person", "name": {"ar": "منير الحداد"}, "short": ["الحداد"]},
  {"id": "haddad_men_t", "type": "armed_group", "name": {"ar": "أنصار منير الحداد"}, "partner": {"of": ["hamas_t"], "ar": ["الحداد"]}},
  {"id": "dalton", "type": "person", "name": {"ar": "سام دالتون"}, "short": ["دالتون"], "state": "gbr",
   "roles": [{"title": "head_of_government", "of": "gbr", "from": "2010", "to": "2016-07"}]},
  {"id": "prewitt", "type": "person", "name": {"ar": "آن بريويت"}, "short": ["بريويت"], "state": "gbr",
   "roles": [{"title": "head_of_government", "of": "gbr", "from": "2016-07"}]},
  {"id": "envoy_lby", "type": "person", "name": {"ar": "غسان سلامة"},
   "roles": [{"title": "envoy", "of": "un", "at": "lby", "from": "2017-06-22", "to": "2020-03-02"}]},
  {"id": "envoy_lbn", "type": "person", "name": {"ar": "يان كوبيش"},
   "roles": [{"title": "envoy", "of": "un", "at": "lbn", "from": "2015-01-01", "to": "2019-01-01"}]},
  {"id": "tripoli", "type": "place", "name": {"ar": "طرابلس"}, "state": "lby", "context": ["ليبيا", "الليبي", "حفتر"]},
  {"id": "tripoli_lb", "type": "place", "name": {"ar": "طرابلس"}, "state": "lbn", "context": ["لبنان", "اللبناني"]}
]})";

constexpr const char* kTitles = R"({"titles": [
  {"ar": ["السفير"], "title": "ambassador"},
  {"ar": ["المبعوث الأممي"], "title": "envoy", "of": "un"},
  {"ar": ["الأمين العام للأمم المتحدة"], "title": "secretary_general", "of": "un"},
  {"ar": ["الناطق باسم", "المتحدث باسم"], "title": "spokesman", "needs_of": true},
  {"ar": ["المشير"], "rank": "field_marshal"},
  {"ar": ["العقيد"], "rank": "colonel"},
  {"ar": ["اللواء"], "rank": "major_general"},
  {"ar": ["رئيس الوزراء", "رئيس وزراء"], "title": "head_of_government"},
  {"ar": ["وزير النفط"], "title": "minister", "portfolio": "oil"},
  {"ar": ["وزير الطاقة"], "title": "minister", "portfolio": "energy"},
  {"ar": ["الوزير"], "title": "minister"},
  {"ar": ["الرئيس"], "title": "head_of_state"},
  {"ar": ["أمير", "الأمير"], "title": "head_of_state", "needs_of": true},
  {"ar": ["الدكتور"], "honorific": true},
  {"ar": ["الفنان", "الشيخ"], "honorific": true}
], "former": ["السابق", "المعزول"]})";

constexpr const char* kGroups = R"({"quantifiers": ["عدد"], "members": ["أبناء"], "bodies": ["نقابة"], "groups": [
  {"id": "education", "cameo": "EDU", "en": "Teachers and students", "ar": "معلمون وطلاب", "phrases": ["المعلمين"]},
  {"id": "business", "cameo": "BUS", "en": "Business people", "ar": "رجال أعمال", "phrases": ["رجل أعمال"]},
  {"id": "civilians", "cameo": "CVL", "en": "Civilians", "ar": "مدنيون", "phrases": ["امرأة"]}
]})";

constexpr const char* kFunctionWords = R"({"words": ["في", "من", "إلى", "أن", "قال", "التقى", "على"]})";
constexpr const char* kGivenNames = R"({"names": ["ميلود", "جون", "أحمد", "كريم", "حسين", "نبيل", "محمد", "سعد", "منصور", "زايد", "حمدان"]})";

struct Found {
  std::string text, actor, kind, role;
};

class MatcherTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::vector<Problem> problems;
    kb_.load("test.json", kKb, problems);
    kb_.validate(problems);
    ASSERT_TRUE(problems.empty()) << problems[0].message;
    lexicon_ = std::make_unique<Lexicon>(kb_, WordLists{kTitles, kFunctionWords, kGivenNames, "", "", kGroups});
  }

  // The mentions of a text; `with_names`: with the learned name finder's names;
  // `outlet`: the id of the document's outlet, if any.
  std::vector<Found> match(const std::string& text, const std::string& date = "2017-07-10", bool with_names = true,
                           const std::string& outlet = "") {
    norm_ = text::normalize(text);
    tokens_.clear();
    text::segment_words(norm_.text, tokens_);
    std::vector<text::Sentence> sentences;
    text::split_sentences(norm_.text, tokens_, sentences);
    const auto names = names::find_names(norm_.text, tokens_, sentences, lexicon_->gazetteer());
    ActorMatches m = match_actors(
        {norm_.text, tokens_, date, nullptr, with_names ? &names : nullptr, outlet.empty() ? nullptr : kb_.find(outlet)},
        kb_, *lexicon_);
    new_actors_ = m.new_actors;
    std::vector<Found> out;
    for (const Mention& x : m.mentions) {
      uint32_t b = norm_.original_begin(tokens_[x.first_token].begin);
      uint32_t e = norm_.original_end(tokens_[x.end_token - 1].end);
      out.push_back({text.substr(b, e - b), x.actor, x.kind, x.role});
    }
    return out;
  }

  // The matches of a text given the names a finder found in it (token ranges
  // written by the test, not the learned model's).
  ActorMatches match_found(const std::string& text, const std::vector<names::FoundName>& names) {
    norm_ = text::normalize(text);
    tokens_.clear();
    text::segment_words(norm_.text, tokens_);
    return match_actors({norm_.text, tokens_, "2017-07-10", nullptr, &names}, kb_, *lexicon_);
  }

  // The texts of the mentions of `actor` in `text`, without the learned name finder's names.
  std::vector<std::string> texts_of(const std::string& actor, const std::string& text) {
    std::vector<std::string> out;
    for (const Found& f : match(text, "2017-07-10", false))
      if (f.actor == actor) out.push_back(f.text);
    return out;
  }

  std::vector<std::string> actors(const std::string& text, const std::string& date = "2017-07-10", bool with_names = true) {
    std::vector<std::string> ids;
    for (const Found& f : match(text, date, with_names)) ids.push_back(f.actor);
    return ids;
  }

  KnowledgeBase kb_;
  std::unique_ptr<Lexicon> lexicon_;
  text::NormalizedText norm_;
  std::vector<text::Token> tokens_;
  std::vector<Actor> new_actors_;
};

TEST_F(MatcherTest, FindsNamesBehindCliticsAndHashtags) {
  auto found = match("التقى وفد أمريكي وبخليفة حفتر ثم #الأمم_المتحدة وللأمم المتحدة ولحكومة الوفاق");
  ASSERT_EQ(found.size(), 5u);
  EXPECT_EQ(found[0].actor, "usa");
  EXPECT_EQ(found[0].kind, "nisba");
  EXPECT_EQ(found[1].text, "وبخليفة حفتر");
  EXPECT_EQ(found[1].actor, "haftar");
  EXPECT_EQ(found[2].text, "الأمم_المتحدة");
  EXPECT_EQ(found[2].actor, "un");
  EXPECT_EQ(found[3].actor, "un");
  EXPECT_EQ(found[4].actor, "gna");
}

TEST_F(MatcherTest, LongestMatchWins) {
  EXPECT_EQ(actors("قوات الجيش الوطني الليبي"), (std::vector<std::string>{"lna"}));
  EXPECT_EQ(actors("الجيش الليبي"), (std::vector<std::string>{"lna"}));
}

// A title whose phrase names its body («الأمين العام للأمم المتحدة») mentions
// the body, dated or not, with a holder known or not.
TEST_F(MatcherTest, ATitleNamingItsBodyMentionsIt) {
  for (const char* date : {"", "2017-07-10"}) {
    auto found = match("صرح الأمين العام للأمم المتحدة بأن المحادثات ستستأنف", date, false);
    bool body = false;
    for (const Found& f : found) body |= f.actor == "un" && f.kind == "nested" && f.text == "للأمم المتحدة";
    EXPECT_TRUE(body) << date;
  }
  // A title whose body is not named in it mentions none.
  EXPECT_EQ(actors("صرح المبعوث الأممي بأن المحادثات ستستأنف", "", false), std::vector<std::string>{});
}

TEST_F(MatcherTest, ShortFormsOnlyAfterTheFullName) {
  EXPECT_EQ(actors("قال حفتر إن", "2017-07-10", /*with_names=*/false), std::vector<std::string>{});
  auto found = match("التقى خليفة حفتر بالسفير. وقال حفتر إن");
  ASSERT_EQ(found.size(), 2u);  // the ambassador alone names no one
  EXPECT_EQ(found[1].actor, "haftar");
  EXPECT_EQ(found[1].kind, "short");
}

TEST_F(MatcherTest, ASurnameAloneNeedsItsStateOrGroupNamed) {
  const std::string date = "2017-07-10";
  EXPECT_EQ(actors("قال حفتر إن الوضع صعب", date, false), std::vector<std::string>{});
  EXPECT_EQ(actors("قال حفتر إن ليبيا بخير", date, false), (std::vector<std::string>{"haftar", "lby"}));
  EXPECT_EQ(actors("أعلن المسماري أن الجيش الوطني الليبي تقدم", date, false), (std::vector<std::string>{"mismari", "lna"}));
  // A given name is no surname: «كريم» alone is anyone.
  EXPECT_EQ(actors("قال كريم في أمريكا", date, false), (std::vector<std::string>{"usa"}));
}

TEST_F(MatcherTest, ASurnameAloneIsASittingForeignMinisterOrHeadOfGovernment) {
  EXPECT_EQ(actors("وصف نورتون المحادثات بأنها صعبة", "2015-03-01", false), std::vector<std::string>{"nurton"});
  // Out of office, the surname alone needs support like anyone's.
  EXPECT_EQ(actors("وصف نورتون المحادثات بأنها صعبة", "2019-03-01", false), std::vector<std::string>{});
}

TEST_F(MatcherTest, ASittingMinistersSurnameGluedToAConjunctionNeedsTheirStateNamed) {
  // «دالتون» in office: alone after a verb, him; glued to «و» in a list with
  // nothing British in the text, a common word.
  EXPECT_EQ(actors("وصف دالتون المحادثات بأنها صعبة", "2015-03-01", false), std::vector<std::string>{"dalton"});
  EXPECT_EQ(actors("وزعت الجمعية وجبات ودالتون على العائلات", "2015-03-01", false), std::vector<std::string>{});
  EXPECT_EQ(actors("التقى وزير بريطانيا ودالتون", "2015-03-01", false), (std::vector<std::string>{"gbr", "dalton"}));
}

TEST_F(MatcherTest, AShortFormTwoShareIsTheOneNamedBeforeIt) {
  auto found = match("التقى زياد العلوي وفدا ليبيا وقال العلوي إن ريم العلوي ستزور ليبيا", "2017-07-10", false);
  ASSERT_EQ(found.size(), 5u);
  EXPECT_EQ(found[2].text, "العلوي");
  EXPECT_EQ(found[2].actor, "ziad_alali");
  EXPECT_EQ(found[3].actor, "rim_alali");
}

TEST_F(MatcherTest, AFamilyNameThatIsAnAdjectiveAfterANounIsTheAdjective) {
  EXPECT_EQ(texts_of("hisham_masri", "التقى هشام المصري وفدا ليبيا وقال المصري إن الوفد المصري وصل"),
            (std::vector<std::string>{"هشام المصري", "المصري"}));
}

TEST_F(MatcherTest, AFamilyNameAfterAVerbThatBeginsAsTheArticleDoesIsThePerson) {
  // «التقى» begins with the letters of the article: the name after it is met, no noun's adjective.
  EXPECT_EQ(texts_of("hisham_masri", "وصل هشام المصري إلى المدينة ثم التقى المصري الوفد"),
            (std::vector<std::string>{"هشام المصري", "المصري"}));
}

TEST_F(MatcherTest, ARankBeforeTheFamilyNameOfAPersonNamedBeforeIsThem) {
  auto found = match("أكد العقيد سالم الليبي أن القوات تقدمت وقال العقيد الليبي إن العقيد الأمريكي وصل", "2017-07-10", false);
  std::vector<std::string> ids;
  for (const Found& f : found) ids.push_back(f.actor);
  EXPECT_EQ(ids, (std::vector<std::string>{"salem_libi", "salem_libi", "usa"}));
}

// A name the finder found once is the same actor where the text repeats it whole.
TEST_F(MatcherTest, AFoundNameRepeatedIsTheSameActor) {
  ActorMatches m = match_found("قال بنك الرافدين إن بنك الرافدين سيوسع نشاطه", {{1, 3, names::NameType::kOrganization, 30.f}});
  ASSERT_EQ(tokens_.size(), 8u);
  ASSERT_EQ(m.mentions.size(), 2u);
  EXPECT_EQ(m.mentions[0].first_token, 1u);
  EXPECT_EQ(m.mentions[1].first_token, 4u);
  EXPECT_EQ(m.mentions[1].end_token, 6u);
  EXPECT_EQ(m.mentions[1].actor, m.mentions[0].actor);
}

// «للبنك العقاري» repeats «البنك العقاري»: ل glued to the article, whose alef is dropped.
TEST_F(MatcherTest, AFoundNameRepeatedAfterLamIsTheSameActor) {
  ActorMatches m = match_found("قال البنك العقاري إن للبنك العقاري فروعا", {{1, 3, names::NameType::kOrganization, 30.f}});
  ASSERT_EQ(tokens_.size(), 7u);
  ASSERT_EQ(m.mentions.size(), 2u);
  EXPECT_EQ(m.mentions[1].first_token, 4u);
  EXPECT_EQ(m.mentions[1].end_token, 6u);
  EXPECT_EQ(m.mentions[1].actor, m.mentions[0].actor);
}

// A known name by descent that the finder reads on into a family name is
// another person's when the finder is sure — or, less sure, when the text names
// that family name alone elsewhere (tokens: استقبل الدكتور عبدالله بن عبدالعزيز
// الربيعة الوفد ثم تسلم الدكتور الربيعة هدية).
TEST_F(MatcherTest, ADescentNameReadOnIsAnotherPersonWhenTheTextNamesItsFamilyNameAlone) {
  const std::string text = "استقبل الدكتور عبدالله بن عبدالعزيز الربيعة الوفد ثم تسلم الدكتور الربيعة هدية";
  auto has_king = [](const ActorMatches& m) {
    return std::any_of(m.mentions.begin(), m.mentions.end(), [](const Mention& x) { return x.actor == "king_t"; });
  };
  names::FoundName unsure{2, 6, names::NameType::kPerson, 15.f};
  names::FoundName alone{10, 11, names::NameType::kPerson, 30.f};
  EXPECT_TRUE(has_king(match_found(text, {unsure})));
  ASSERT_EQ(tokens_.size(), 12u);
  EXPECT_FALSE(has_king(match_found(text, {unsure, alone})));
}

// A found name whose first word has ل fused to the article is named with the
// article alone: «للبنك العقاري» and «وللبنك العقاري» are «البنك العقاري».
TEST_F(MatcherTest, AFoundNameAfterLamIsNamedWithItsArticle) {
  for (const char* text : {"قال للبنك العقاري فروع", "قال وللبنك العقاري فروع"}) {
    ActorMatches m = match_found(text, {{1, 3, names::NameType::kOrganization, 30.f}});
    ASSERT_EQ(m.new_actors.size(), 1u) << text;
    EXPECT_EQ(m.new_actors[0].name_ar, "البنك العقاري") << text;
  }
}

// A name the finder calls a place but that opens with a given name no place of
// the knowledge base opens with is a person's; a body's keeps its type.
TEST_F(MatcherTest, APlaceThatOpensWithAGivenNameIsAPerson) {
  ActorMatches place = match_found("وسجل جون ماكاليستر هدفين", {{1, 3, names::NameType::kPlace, 30.f}});
  ASSERT_EQ(place.new_actors.size(), 1u);
  EXPECT_EQ(place.new_actors[0].type, "person");
  ActorMatches body = match_found("وأعلنت شركة جون ديري أرباحها", {{2, 4, names::NameType::kOrganization, 30.f}});
  ASSERT_EQ(body.new_actors.size(), 1u);
  EXPECT_EQ(body.new_actors[0].type, "organization");
}

// After a nationality adjective a person's name of one word is expected, not a
// body's: «اليونانية والبنك» is "the Greek … and the bank".
TEST_F(MatcherTest, AWordAfterANisbaIsAPersonNotABody) {
  EXPECT_TRUE(match_found("قال البريطاني والبنك إن", {{2, 3, names::NameType::kOrganization, 30.f}}).new_actors.empty());
  EXPECT_EQ(match_found("قال البريطاني سامويل إن", {{2, 3, names::NameType::kPerson, 30.f}}).new_actors.size(), 1u);
}

// A state's name after a title is a mention of the state even where the
// knowledge base also lists it among its adjectives («كينيا»); a true adjective
// («الكيني») stays the role's own.
TEST_F(MatcherTest, AStatesNameAfterATitleIsNoAdjective) {
  auto nested = [&](const std::string& text) {
    std::vector<std::string> out;
    for (const Found& f : match(text, "", false))
      if (f.kind == "nested") out.push_back(f.text + "|" + f.role);
    return out;
  };
  EXPECT_EQ(nested("وقال رئيس وزراء كينيا إن الوضع هادئ"), std::vector<std::string>{"كينيا|"});
  EXPECT_EQ(nested("وقال رئيس الوزراء الكيني إن الوضع هادئ"), std::vector<std::string>{});
}

// A body's name ends before the state's adjective when the knowledge base also
// names it without («مجلس الشورى التركي»: «مجلس الشورى»), as ANERcorp and the
// press read it; not before one whose short name is a common noun («الجيش»).
TEST_F(MatcherTest, ABodysNameEndsBeforeItsStatesAdjective) {
  auto found = match("أقر مجلس الشورى التركي القانون", "", false);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].actor, "tur_shura");
  EXPECT_EQ(found[0].text, "مجلس الشورى");
  found = match("تقدم الجيش الليبي أمس", "", false);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text, "الجيش الليبي");
}

// A region's name names its state («جنوب لبنان»: Lebanon), and a person's
// description the place of their role («حاكم قطر»): nested mentions, as a
// state named in a role phrase.
TEST_F(MatcherTest, APlaceInsideARegionOrADescriptionIsNested) {
  auto got = [&](const std::string& text) {
    std::vector<std::string> out;
    for (const Found& f : match(text, "", false)) out.push_back(f.actor + "|" + f.kind + "|" + f.text);
    return out;
  };
  EXPECT_EQ(got("انسحبت القوات من جنوب لبنان أمس"),
            (std::vector<std::string>{"south_lbn|name|جنوب لبنان", "lbn|nested|لبنان"}));
  EXPECT_EQ(got("استقبل حاكم قطر الوفد"), (std::vector<std::string>{"qat_ruler|description|حاكم قطر", "qat|nested|قطر"}));
}

// After a title, an adjective of origin that ends the person the finder found
// is their family name («السفير منصور الليبي»), not "the Libyan" cutting the
// name to a given name alone.
TEST_F(MatcherTest, ANisbaEndingAFoundPersonAfterATitleIsTheirFamilyName) {
  ActorMatches m = match_found("قال السفير منصور الليبي إن الوضع هادئ", {{2, 4, names::NameType::kPerson, 30.f}});
  ASSERT_EQ(m.new_actors.size(), 1u);
  EXPECT_EQ(m.new_actors[0].name_ar, "منصور الليبي");
  EXPECT_EQ(m.new_actors[0].type, "person");
  // Where the finder reads no such person, the adjective is still one.
  ActorMatches plain = match_found("قال السفير منصور الليبي إن الوضع هادئ", {});
  EXPECT_TRUE(plain.new_actors.empty());
}

// A place or body of one word is a name without a cue when the finder is very
// sure of it (kVerySureMargin), not when it is merely sure.
TEST_F(MatcherTest, AVerySureNameOfOneWordNeedsNoCue) {
  ActorMatches m = match_found("وصل الوفد إلى بولتيمور أمس", {{3, 4, names::NameType::kPlace, 60.f}});
  ASSERT_EQ(m.new_actors.size(), 1u);
  EXPECT_EQ(m.new_actors[0].name_ar, "بولتيمور");
  EXPECT_EQ(m.new_actors[0].type, "place");
  EXPECT_TRUE(match_found("وصل الوفد إلى بولتيمور أمس", {{3, 4, names::NameType::kPlace, 30.f}}).new_actors.empty());
}

// A word that only begins the knowledge base's names of bodies («حركة» of
// «حركة النهضة», «حركة فتح») is their head noun, no body alone.
TEST_F(MatcherTest, AHeadNounAloneIsNoName) {
  EXPECT_TRUE(match_found("أعلنت حركة أمس عن مرشحها", {{1, 2, names::NameType::kOrganization, 80.f}}).new_actors.empty());
}

// A person's name that begins with a given name the lists lack («سامويل») is
// one when the finder is very sure of it.
TEST_F(MatcherTest, AVerySurePersonNeedsNoKnownGivenName) {
  ActorMatches m = match_found("قال سامويل بيكرتون إن الاتفاق قريب", {{1, 3, names::NameType::kPerson, 60.f}});
  ASSERT_EQ(m.new_actors.size(), 1u);
  EXPECT_EQ(m.new_actors[0].name_ar, "سامويل بيكرتون");
  EXPECT_TRUE(match_found("قال سامويل بيكرتون إن الاتفاق قريب", {{1, 3, names::NameType::kPerson, 30.f}}).new_actors.empty());
}

// A preposition glued to a given name («لجون») is not part of the person's name.
TEST_F(MatcherTest, APrepositionBeforeAGivenNameIsNoPartOfTheName) {
  ActorMatches m = match_found("قدمت اللجنة الجائزة لجون بيكرتون أمس", {{3, 5, names::NameType::kPerson, 30.f}});
  ASSERT_EQ(m.new_actors.size(), 1u);
  EXPECT_EQ(m.new_actors[0].name_ar, "جون بيكرتون");
}

// Letters spelled out («دي بي» for a model "DB") are no name, however sure the finder.
TEST_F(MatcherTest, SpelledLettersAreNoName) {
  ActorMatches m = match_found("كشفت الشركة عن طراز دي بي الجديد", {{4, 6, names::NameType::kOrganization, 40.f}});
  ASSERT_EQ(tokens_.size(), 7u);
  EXPECT_TRUE(m.mentions.empty());
}

// After a title, a word with a conjunction glued to it («وطالب», "and demanded")
// begins no holder's name, even where the finder reads a name.
TEST_F(MatcherTest, ATitlesNameDoesNotBeginWithAConjunction) {
  ActorMatches m = match_found("قال السفير وطالب بالإفراج عن المعتقلين", {{2, 3, names::NameType::kPerson, 6.f}});
  EXPECT_TRUE(m.new_actors.empty());
}

TEST_F(MatcherTest, AFoundWordBeforeAKnownPersonsSurnameIsTheirGivenNameNotSomeoneElse) {
  // «سامويل» is no given name the lexicon knows: another spelling of Sam Dalton's.
  ActorMatches m = match_found("قال البريطاني سامويل دالتون إن", {{2, 3, names::NameType::kPerson, 6.f}});
  EXPECT_TRUE(m.new_actors.empty());
  ASSERT_FALSE(m.mentions.empty());
  EXPECT_EQ(m.mentions.back().actor, "dalton");
  // Not before a known surname, the word is a person of its own.
  ActorMatches other = match_found("قال البريطاني سامويل إن", {{2, 3, names::NameType::kPerson, 6.f}});
  EXPECT_EQ(other.new_actors.size(), 1u);
}

// A family name alone («وأضاف كوفاريتش»), when the finder is sure of it as a
// person twice in the text, is a person; read once, or not surely, it is not.
TEST_F(MatcherTest, ASureFamilyNameFoundTwiceIsAPerson) {
  const std::string text = "قال كوفاريتش إن الفريق سيفوز وأضاف كوفاريتش أن المباراة صعبة";
  const auto P = names::NameType::kPerson;
  ActorMatches m = match_found(text, {{1, 2, P, 30.f}, {6, 7, P, 30.f}});
  ASSERT_EQ(tokens_.size(), 10u);
  ASSERT_EQ(m.new_actors.size(), 1u);
  EXPECT_EQ(m.new_actors[0].type, "person");
  EXPECT_EQ(m.new_actors[0].name_ar, "كوفاريتش");
  ASSERT_EQ(m.mentions.size(), 2u);
  EXPECT_EQ(m.mentions[1].first_token, 6u);
  EXPECT_TRUE(match_found(text, {{1, 2, P, 30.f}}).new_actors.empty());                     // once
  EXPECT_TRUE(match_found(text, {{1, 2, P, 8.f}, {6, 7, P, 8.f}}).new_actors.empty());      // not sure
  // A given name alone names no one in particular, however sure the finder.
  EXPECT_TRUE(match_found("قال أحمد إن الفريق سيفوز وأضاف أحمد أن المباراة صعبة", {{1, 2, P, 30.f}, {6, 7, P, 30.f}})
                  .new_actors.empty());
}

// The family name of a person named in full before is that person, not a second one.
TEST_F(MatcherTest, ASureFamilyNameAfterTheFullNameIsThatPerson) {
  const auto P = names::NameType::kPerson;
  ActorMatches m = match_found("قال كريم كوفاريتش إن كوفاريتش سيفوز وأضاف كوفاريتش أن",
                               {{1, 3, P, 30.f}, {4, 5, P, 30.f}, {7, 8, P, 30.f}});
  ASSERT_EQ(m.new_actors.size(), 1u);
  EXPECT_EQ(m.new_actors[0].name_ar, "كريم كوفاريتش");
  ASSERT_EQ(m.mentions.size(), 3u);
  for (const auto& x : m.mentions) EXPECT_EQ(x.actor, m.new_actors[0].id);
}

// A known person's family name alone is left to the knowledge base's own rules:
// the finder being sure of it twice changes nothing («ميتال فوكس» is no Liam Fox).
TEST_F(MatcherTest, ASureFamilyNameOfAKnownPersonChangesNothing) {
  const std::string text = "قال تقرير حفتر للمعادن إن السوق سيرتفع وأضاف حفتر للمعادن";
  const auto P = names::NameType::kPerson;
  ActorMatches without = match_found(text, {});
  ActorMatches with = match_found(text, {{2, 3, P, 30.f}, {8, 9, P, 30.f}});
  ASSERT_EQ(tokens_.size(), 10u);
  EXPECT_TRUE(with.new_actors.empty());
  ASSERT_EQ(with.mentions.size(), without.mentions.size());
  for (size_t i = 0; i < with.mentions.size(); ++i) EXPECT_EQ(with.mentions[i].actor, without.mentions[i].actor);
}

TEST_F(MatcherTest, AnAdjectiveOfOriginInAPersonsNameIsNoCountry) {
  const std::string date = "2015-07-20";
  // After a definite title an indefinite «تركي» is a name, not "Turkish";
  // before «بن» a given name, after «X بن Y» a family name.
  EXPECT_EQ(actors("برئاسة الأمير تركي بن محمد", date, false), std::vector<std::string>{});
  EXPECT_EQ(actors("قال الدكتور عبدالله بن عبدالمحسن التركي", date, false), std::vector<std::string>{});
  EXPECT_EQ(actors("وتقف أم تركي في السوق", date, false), std::vector<std::string>{});
  EXPECT_EQ(actors("قال الرئيس التركي", date, false), (std::vector<std::string>{"tur_president", "tur"}));
}

// «عبدالله بن محمد السويد»: a definite place's name right after «بن Y» is the
// family name of the person the finder reads there, unless a person the
// knowledge base knows ends before it («زار الشيخ منصور بن زايد السعودية»).
TEST_F(MatcherTest, APlacesNameAfterALineageIsAFamilyName) {
  auto count = [](const ActorMatches& m, const std::string& id) {
    return std::count_if(m.mentions.begin(), m.mentions.end(), [&](const Mention& x) { return x.actor == id; });
  };
  const auto P = names::NameType::kPerson;
  const std::string scholar = "صرح الأستاذ سامي بن فهد السعودية لمراسلنا";
  EXPECT_EQ(count(match_found(scholar, {{2, 6, P, 40.f}}), "sau"), 0);
  EXPECT_EQ(count(match_found(scholar, {}), "sau"), 1);  // without the finder's person, the place stays
  ActorMatches prince = match_found("وزار الشيخ منصور بن زايد السعودية أمس", {{2, 6, P, 40.f}});
  EXPECT_EQ(count(prince, "sau"), 1);
  EXPECT_EQ(count(prince, "mansour_zayed"), 1);
}

// A bare «الرئيس» in a text about one state is its head; «الرئيس العام لهيئة …»
// heads the body the phrase goes on to name.
TEST_F(MatcherTest, TheGeneralPresidentOfABodyIsNotTheHeadOfState) {
  const std::string date = "2017-07-10";
  const std::string about = "أعلنت تركيا أن تركيا مستعدة للحوار مع تركيا. ";
  std::vector<std::string> head = actors(about + "وقال الرئيس إن الحوار ممكن", date, false);
  EXPECT_EQ(std::count(head.begin(), head.end(), "tur_president"), 1);
  std::vector<std::string> body = actors(about + "وقال الرئيس العام لهيئة الطيران إن الحوار ممكن", date, false);
  EXPECT_EQ(std::count(body.begin(), body.end(), "tur_president"), 0);
}

// A partner's name is its own only right after the actor it goes with, joined by و.
TEST_F(MatcherTest, APartnersNameNamesItOnlyRightAfterItsPartner) {
  EXPECT_EQ(actors("دعت حماس والجهاد إلى الإضراب", "2017-07-10", false), (std::vector<std::string>{"hamas_t", "jihad_t"}));
  EXPECT_EQ(actors("دعت حماس إلى الجهاد", "2017-07-10", false), std::vector<std::string>{"hamas_t"});
  EXPECT_EQ(actors("والجهاد فريضة", "2017-07-10", false), std::vector<std::string>{});
}

// A partner's name that is also the family name of a person the text named in
// full is the partner still, right after the one it is partner of.
TEST_F(MatcherTest, APartnersNameAfterItsPartnerIsNotThePersonNamedBefore) {
  EXPECT_EQ(actors("التقى منير الحداد وفدا أمس ثم اندلعت اشتباكات مع حماس والحداد", "2017-07-10", false),
            (std::vector<std::string>{"haddad_t", "hamas_t", "haddad_men_t"}));
}

TEST_F(MatcherTest, TheEmirOfACityIsNotTheHeadOfItsState) {
  const std::string date = "2015-07-20";
  EXPECT_EQ(actors("وصل أمير قطر", date, false), (std::vector<std::string>{"qat_emir", "qat"}));
  std::vector<std::string> city = actors("وصل أمير الدوحة", date, false);
  EXPECT_EQ(std::count(city.begin(), city.end(), "qat_emir"), 0);
}

TEST_F(MatcherTest, AStateAfterAHeadOfGovernmentsAdjectiveIsNoPosting) {
  // Only envoys and ambassadors are posted to a state: «رئيس الوزراء البريطاني ليبيا»
  // is the prime minister, then Libya (the object of what he does).
  EXPECT_EQ(actors("وعد رئيس الوزراء البريطاني ليبيا بالدعم", "2015-03-01", false),
            (std::vector<std::string>{"dalton", "gbr", "lby"}));
}

TEST_F(MatcherTest, ATitleGluedToAPrepositionIsAnotherPerson) {
  // «أمير قطر بالرئيس التركي»: two people, not one with two titles.
  EXPECT_EQ(actors("التقى أمير قطر بالرئيس التركي", "2015-07-20", false),
            (std::vector<std::string>{"qat_emir", "qat", "tur_president", "tur"}));
}

TEST_F(MatcherTest, AGivenNameBeforeASurnameIsAnotherOfTheFamily) {
  EXPECT_EQ(actors("وصف نورتون المحادثات", "2015-03-01", false), std::vector<std::string>{"nurton"});
  EXPECT_EQ(actors("وصف جون نورتون المحادثات", "2015-03-01", false), std::vector<std::string>{});
  EXPECT_EQ(actors("وصف هيلين نورتون المحادثات", "2015-03-01", false), std::vector<std::string>{"nurton"});
}

TEST_F(MatcherTest, AMinisterIsOneOfHisPortfolio) {
  // The minister, and his state inside the role phrase as a mention of its own.
  EXPECT_EQ(actors("قال وزير النفط البريطاني إن الأسعار سترتفع", "2015-03-01", false),
            (std::vector<std::string>{"garvey", "gbr"}));
  // No energy minister is listed: the phrase stands for the state, not for the one minister it has.
  EXPECT_EQ(actors("قال وزير الطاقة البريطاني إن الأسعار سترتفع", "2015-03-01", false),
            std::vector<std::string>{"gbr"});
  EXPECT_EQ(actors("قال الوزير البريطاني إن الأسعار سترتفع", "2015-03-01", false), std::vector<std::string>{"gbr"});
}

TEST_F(MatcherTest, AnIndefiniteTitleIsSomeHolderNotTodays) {
  // «a British prime minister»: the state's office, not Prewitt.
  EXPECT_EQ(actors("وصل رئيس وزراء بريطاني إلى المدينة لأول مرة منذ عقود", "2018-01-01", false),
            std::vector<std::string>{"gbr"});
}

TEST_F(MatcherTest, AFormerHolderIsNotTodaysHolder) {
  EXPECT_EQ(actors("قال رئيس الوزراء البريطاني إن", "2018-01-01", false), (std::vector<std::string>{"prewitt", "gbr"}));
  auto found = match("قال رئيس الوزراء البريطاني السابق إن", "2018-01-01", false);
  ASSERT_EQ(found.size(), 1u);  // Britain, inside the phrase; no person
  EXPECT_EQ(found[0].actor, "gbr");
  EXPECT_EQ(found[0].kind, "nested");
  // The name after the qualifier is the person, out of office as they are.
  EXPECT_EQ(actors("قال رئيس الوزراء البريطاني السابق دالتون إن", "2018-01-01", false),
            (std::vector<std::string>{"gbr", "dalton"}));
}

TEST_F(MatcherTest, AFathersNameInsideAnotherNameIsNotAMention) {
  EXPECT_EQ(actors("وصل منصور بن زايد إلى ليبيا", "2017-07-10", false), (std::vector<std::string>{"mansour_zayed", "lby"}));
  EXPECT_EQ(actors("وصل حمدان بن منصور بن زايد إلى ليبيا", "2017-07-10", false), std::vector<std::string>{"lby"});
}

TEST_F(MatcherTest, TheFamilyAfterAlBelongsToTheName) {
  auto found = match("وصل الشيخ منصور بن زايد آل نهيان إلى ليبيا", "2017-07-10", false);
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0].actor, "mansour_zayed");
  EXPECT_EQ(found[0].text, "منصور بن زايد آل نهيان");
}

TEST_F(MatcherTest, ANameListedWithItsTitleStartsAfterTheTitle) {
  auto found = match("استقبل الشيخ حمدان بن سعد السفير البريطاني", "2017-07-10", false);
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0].actor, "hamdan_sheikh");
  EXPECT_EQ(found[0].text, "حمدان بن سعد");
}

TEST_F(MatcherTest, AHeadNounBeforeANameListedAloneLeadsThePhrase) {
  auto found = match("أعلنت حركة النهضة ولحركة الوحدة موقفهما مع حركة فتح", "2017-07-10", false);
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].actor, "nahda");
  EXPECT_EQ(found[0].text, "النهضة");
  EXPECT_EQ(found[1].actor, "wahda");
  EXPECT_EQ(found[1].text, "ولحركة الوحدة");  // «الوحدة» alone names no one
  EXPECT_EQ(found[2].actor, "fatah_t");
  EXPECT_EQ(found[2].text, "فتح");  // a name that alone needs context: the head gives it
}

TEST_F(MatcherTest, AnUnknownNameAfterATitleRunsOverAKnownFamilyName) {
  auto found = match("وقال الفنان حسين فهمي إن الفيلم ناجح");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text, "حسين فهمي");
  EXPECT_NE(found[0].actor, "nabil_fahmi");
}

TEST_F(MatcherTest, AOneWordPlaceAfterAPlaceNounIsAPlace) {
  auto found = match("وقع انفجار في مدينة كراتشي الليلة الماضية");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text, "كراتشي");
  ASSERT_EQ(new_actors_.size(), 1u);
  EXPECT_EQ(new_actors_[0].type, "place");
  // An adjective after the noun is none: «منطقة جبلية».
  EXPECT_EQ(actors("تقع القرية في منطقة جبلية وعرة"), std::vector<std::string>{});
}

TEST_F(MatcherTest, AFoundNameBehindAConjunctionIsReadWithoutIt) {
  // «ومحمد» is «و» + a given name: the name looks like a name.
  auto found = match("وحضر الحفل عدد من النجوم منهم الممثل هاني رمزي ومحمد هنيدي");
  std::vector<std::string> texts;
  for (const Found& f : found) texts.push_back(f.text);
  EXPECT_NE(std::find(texts.begin(), texts.end(), "ومحمد هنيدي"), texts.end());
}

TEST_F(MatcherTest, GivenNamesAloneAreAFullNameWhenTheFinderIsSure) {
  auto found = match("وحضر الحفل عدد من النجوم منهم محمد سعد ومحمد هنيدي");
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0].text, "محمد سعد");
}

TEST_F(MatcherTest, HisCountryIsTheStateOfThePersonNamedBefore) {
  auto found = match("وقالت هيلين نورتون إن بلاده ستدعم الاتفاق، ثم عادت من لبنان لبلادها", "2015-03-01", false);
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[1].text, "بلاده");
  EXPECT_EQ(found[1].actor, "gbr");
  EXPECT_EQ(found[1].kind, "reference");
  EXPECT_EQ(found[3].text, "لبلادها");
  EXPECT_EQ(found[3].actor, "gbr");
  // No person before: nobody's country.
  EXPECT_EQ(actors("وقالت الحكومة إن بلاده ستدعم الاتفاق", "2015-03-01", false), std::vector<std::string>{});
}

TEST_F(MatcherTest, HisCountryIsTheStateOfAnUnnamedOfficialNamedBefore) {
  auto found = match("وأكد السفير البريطاني أن بلاده ستدعم الاتفاق", "2014-03-01", false);  // before Millett
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].text, "بلاده");
  EXPECT_EQ(found[1].actor, "gbr");
  EXPECT_EQ(found[1].kind, "reference");
}

TEST_F(MatcherTest, HisCountryIsTheStateOfTheRolePhraseBeforeAFoundName) {
  auto found = match("وأكد المسؤول البريطاني جون سميث أن بلاده ستدعم الاتفاق", "2014-03-01");
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found.back().text, "بلاده");
  EXPECT_EQ(found.back().actor, "gbr");
  // A found name with no state in the words before it: nobody's country.
  for (const Found& f : match("وأكد جون سميث أن بلاده ستدعم الاتفاق", "2014-03-01")) EXPECT_NE(f.text, "بلاده");
}

TEST_F(MatcherTest, AGivenNameAloneAfterATitleNamesNoOne) {
  EXPECT_EQ(actors("وقال الشيخ عبد الله إن الاتفاق صعب"), std::vector<std::string>{});
  EXPECT_EQ(actors("وقال الشيخ عز الدين إن الاتفاق صعب"), std::vector<std::string>{});
  EXPECT_EQ(actors("وقال الشيخ حسين بن إن الاتفاق صعب"), std::vector<std::string>{});  // cut on a particle
}

TEST_F(MatcherTest, APlaceNamedAfterAPersonDoesNotMentionThem) {
  EXPECT_EQ(actors("افتتح مستشفى خليفة حفتر في ليبيا"), (std::vector<std::string>{"lby"}));
  EXPECT_EQ(actors("هبطت الطائرة في مطار الشيخ خليفة حفتر"), std::vector<std::string>{});
  EXPECT_EQ(actors("وقال خليفة حفتر في ليبيا"), (std::vector<std::string>{"haftar", "lby"}));
  // A district or a village named after a family: «ناحية المسماري» is no spokesman.
  EXPECT_EQ(actors("وصل المتطوعون من ناحية المسماري إلى ليبيا", "2017-07-10", false),
            (std::vector<std::string>{"lby"}));
  EXPECT_EQ(actors("وصل المتطوعون من عند المسماري إلى ليبيا", "2017-07-10", false),
            (std::vector<std::string>{"mismari", "lby"}));
}

TEST_F(MatcherTest, TitleBeforeAKnownNameGivesTheRole) {
  auto found = match("قال المشير خليفة حفتر");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].actor, "haftar");
  EXPECT_EQ(found[0].role, "field_marshal");
}

TEST_F(MatcherTest, UnknownNameAfterATitleBecomesAPerson) {
  auto found = match("وقال العقيد ميلود الزوي في تصريحات");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text, "ميلود الزوي");
  EXPECT_EQ(found[0].role, "colonel");
  ASSERT_EQ(new_actors_.size(), 1u);
  EXPECT_FALSE(new_actors_[0].in_kb);
  EXPECT_EQ(found[0].actor, new_actors_[0].id);
}

TEST_F(MatcherTest, UnknownNameInQuotesAfterARole) {
  auto found = match("ضم الوفد السفير الأمريكي “جون سميث” أمس");
  ASSERT_EQ(found.size(), 2u);  // the nisba describes his role, and names the state: a nested mention
  EXPECT_EQ(found[0].actor, "usa");
  EXPECT_EQ(found[0].kind, "nested");
  EXPECT_EQ(found[1].text, "جون سميث");
  EXPECT_EQ(found[1].role, "ambassador");
  ASSERT_EQ(new_actors_.size(), 1u);
  EXPECT_EQ(new_actors_[0].roles[0].of, "usa");
}

TEST_F(MatcherTest, TitleRankIsNotTheBrigadeOfTheSameWord) {
  EXPECT_EQ(actors("قاتل اللواء السابع في ترهونة"), (std::vector<std::string>{"kaniyat"}));
  auto found = match("قال اللواء أحمد المسماري");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].actor, "mismari");
  EXPECT_EQ(found[0].role, "major_general");
}

TEST_F(MatcherTest, NisbaRolePhraseResolvesByDate) {
  auto in_2017 = match("زار السفير الأمريكي لدى ليبيا مدينة بنغازي", "2017-07");
  ASSERT_FALSE(in_2017.empty());
  EXPECT_EQ(in_2017[0].actor, "bodde");
  EXPECT_EQ(in_2017[0].kind, "title");
  EXPECT_EQ(in_2017[0].text, "السفير الأمريكي لدى ليبيا");
  EXPECT_EQ(match("زار السفير الأمريكي لدى ليبيا", "2020-01")[0].actor, "norland");
  EXPECT_EQ(match("أشاد السفير البريطاني", "2017-07")[0].actor, "millett");
  // Undated: the role cannot be resolved; the phrase stands for the country.
  auto undated = match("زار السفير الأمريكي", "");
  ASSERT_EQ(undated.size(), 1u);
  EXPECT_EQ(undated[0].actor, "usa");
  EXPECT_EQ(undated[0].kind, "role");
  EXPECT_EQ(undated[0].text, "السفير الأمريكي");
}

TEST_F(MatcherTest, SpokesmanOfAnOrganization) {
  auto found = match("قال الناطق باسم الجيش الليبي", "2019-04-21");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].actor, "mismari");
  EXPECT_EQ(found[0].kind, "title");
  EXPECT_EQ(found[1].actor, "lna");  // the body he speaks for, a mention of its own
  EXPECT_EQ(found[1].kind, "nested");
}

// With no holder to resolve (undated), the body named in the role phrase is
// still a mention of its own, besides the phrase standing for it.
TEST_F(MatcherTest, TheBodyOfAnUnresolvedRoleIsAMentionOfItsOwn) {
  auto found = match("قال الناطق باسم الجيش الليبي", "");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].actor, "lna");
  EXPECT_EQ(found[0].kind, "role");
  EXPECT_EQ(found[1].actor, "lna");
  EXPECT_EQ(found[1].kind, "nested");
  EXPECT_EQ(found[1].text, "الجيش الليبي");
}

TEST_F(MatcherTest, CapitalIsTheGovernmentUnlessWhereSomethingHappens) {
  auto gov = match("واشنطن ترفض التدخل");
  ASSERT_EQ(gov.size(), 1u);
  EXPECT_EQ(gov[0].actor, "usa");
  EXPECT_EQ(gov[0].kind, "metonym");
  EXPECT_EQ(actors("عقد المؤتمر في واشنطن"), (std::vector<std::string>{"washington"}));
  EXPECT_EQ(actors("التقى الوفد ممثلين عن الشركة بواشنطن"), (std::vector<std::string>{"washington"}));
  EXPECT_EQ(actors("عاد الوفد من واشنطن"), (std::vector<std::string>{"washington"}));
  // A destination is the state: a visit to a capital is a visit to its government.
  EXPECT_EQ(actors("وصل الوفد إلى واشنطن"), (std::vector<std::string>{"usa"}));
  EXPECT_EQ(actors("زيارة الوفد لواشنطن"), (std::vector<std::string>{"usa"}));
}

TEST_F(MatcherTest, AnEnvoyWithNoCountryIsTheEnvoyToTheStateTheTextIsAbout) {
  auto found = match("وقال المبعوث الأممي إن ليبيا تحتاج إلى حكومة واحدة", "2018-05-01", false);
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0].text, "المبعوث الأممي");
  EXPECT_EQ(found[0].actor, "envoy_lby");
  // Nothing says which: nobody.
  EXPECT_EQ(actors("وقال المبعوث الأممي إن المحادثات مستمرة", "2018-05-01", false), std::vector<std::string>{});
}

TEST_F(MatcherTest, AStatesPeopleByOccupationAreAGroupOfTheirOwn) {
  auto found = match("واعتصم عدد من المعلمين الليبيين أمام البرلمان");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].text, "عدد من المعلمين الليبيين");
  EXPECT_EQ(found[0].actor, "group:education:lby");
  EXPECT_EQ(found[0].kind, "group");
  EXPECT_EQ(found[1].actor, "lby");
  EXPECT_EQ(found[1].kind, "nested");
  ASSERT_EQ(new_actors_.size(), 1u);
  EXPECT_EQ(new_actors_[0].type, "group");
  EXPECT_EQ(new_actors_[0].state, "lby");
  EXPECT_EQ(new_actors_[0].name_en, "Teachers and students (Libya)");
  EXPECT_FALSE(new_actors_[0].in_kb);
  // The state after «في»: the same group of that state.
  EXPECT_EQ(actors("فرضت عقوبات على رجل أعمال في لبنان"), (std::vector<std::string>{"group:business:lbn", "lbn"}));
  // No state named: nobody, not a guess.
  EXPECT_EQ(actors("واعتصم عدد من المعلمين أمام البرلمان"), std::vector<std::string>{});
  // A private person of a state is one of its civilians, not the state.
  EXPECT_EQ(actors("وتحدثت امرأة ليبية عن الحصار"), (std::vector<std::string>{"group:civilians:lby", "lby"}));
  // A body's name is no group of people: «نقابة المعلمين الليبيين» is a union.
  EXPECT_EQ(actors("وطالبت نقابة المعلمين الليبيين بزيادة الرواتب"), std::vector<std::string>{"lby"});
}

TEST_F(MatcherTest, AmbiguousPlaceResolvedByContext) {
  EXPECT_EQ(actors("اشتباكات في طرابلس بين قوات حفتر وخصومه في ليبيا").front(), "tripoli");
  EXPECT_EQ(actors("مظاهرات في طرابلس شمال لبنان").front(), "tripoli_lb");
  EXPECT_EQ(actors("مظاهرات في طرابلس"), std::vector<std::string>{});  // no context: not guessed
}

TEST_F(MatcherTest, GenericNameNeedsTheActorInTheDocument) {
  EXPECT_EQ(actors("تقدم الجيش نحو المدينة"), std::vector<std::string>{});
  EXPECT_EQ(actors("قال الجيش الليبي إن الجيش تقدم"), (std::vector<std::string>{"lna", "lna"}));
}

TEST_F(MatcherTest, OutletsCountryByItsCommonNoun) {
  // «المملكة» alone is no one; in a Saudi paper it is Saudi Arabia.
  EXPECT_EQ(actors("وجرى استعراض العلاقات بين المملكة وبريطانيا"), std::vector<std::string>{"gbr"});
  std::vector<std::string> ids;
  for (const Found& f : match("وجرى استعراض العلاقات بين المملكة وبريطانيا", "2015-08-01", true, "okaz_t"))
    ids.push_back(f.actor);
  EXPECT_EQ(ids, (std::vector<std::string>{"sau", "gbr"}));
  // The outlet's country is not every kingdom's: Jordan named in the same paper
  // still leaves a bare «المملكة» to the context.
  ids.clear();
  for (const Found& f : match("زار الملك الأردن وقال إن المملكة ترحب", "2015-08-01", true, "okaz_t")) ids.push_back(f.actor);
  EXPECT_EQ(std::count(ids.begin(), ids.end(), "sau"), 0);
}

// «حكومة X», «نظام X» with X a head of state or government on the document's date: that state.
TEST_F(MatcherTest, GovernmentOfItsHeadIsTheState) {
  constexpr const char* kInstitutions = R"({"institutions": [
    {"id": "government", "ar": ["الحكومة", "حكومة", "نظام", "إدارة"], "bare": ["الحكومة"]}]})";
  Lexicon lexicon(kb_, WordLists{kTitles, kFunctionWords, kGivenNames, kInstitutions, "", kGroups});
  auto run = [&](const std::string& text, const std::string& date) {
    norm_ = text::normalize(text);
    tokens_.clear();
    text::segment_words(norm_.text, tokens_);
    std::vector<std::pair<std::string, std::string>> out;
    for (const Mention& m : match_actors({norm_.text, tokens_, date}, kb_, lexicon).mentions)
      out.emplace_back(m.actor, m.kind);
    return out;
  };
  using Got = std::vector<std::pair<std::string, std::string>>;
  EXPECT_EQ(run("انتقدت حكومة كمال دمير القرار", "2017-07-10"),
            (Got{{"tur", "institution"}, {"tur_president", "nested"}}));
  EXPECT_EQ(run("انتقدت حكومة كمال دمير القرار", ""), (Got{{"tur", "institution"}, {"tur_president", "nested"}}));
  // Before he took office, and for a person who heads no state, it stays the person.
  EXPECT_EQ(run("انتقدت حكومة كمال دمير القرار", "2010-01-01"), (Got{{"tur_president", "name"}}));
  EXPECT_EQ(run("انتقدت حكومة خليفة حفتر القرار", "2017-07-10"), (Got{{"haftar", "name"}}));
  // A state named in construct («حكومة تركيا») is a mention of its own, as in a
  // role phrase; a state's adjective («الحكومة الليبية») is the institution's own.
  EXPECT_EQ(run("انتقدت حكومة تركيا القرار", "2017-07-10"), (Got{{"tur", "institution"}, {"tur", "nested"}}));
  EXPECT_EQ(run("انتقدت الحكومة الليبية القرار", "2017-07-10"), (Got{{"lby", "institution"}}));
}

TEST_F(MatcherTest, DateWithinComparesAtTheSharedPrecision) {
  EXPECT_TRUE(date_within("2017-07", "2016-12-12", "2018-06-01"));
  EXPECT_TRUE(date_within("2018", "2016-12-12", "2018-06-01"));
  EXPECT_FALSE(date_within("2019-01", "2016-12-12", "2018-06-01"));
  EXPECT_TRUE(date_within("2021-02-13", "2018-06-01", "2021-02-13"));
  EXPECT_FALSE(date_within("", "2018", ""));
}

}  // namespace
}  // namespace marsad::actors
