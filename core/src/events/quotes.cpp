#include "events/quotes.h"

#include <algorithm>

#include "text/clitics.h"

namespace marsad::events {
namespace {

constexpr uint32_t kVerbReach = 8;       // words between a speech verb and its quote
constexpr uint32_t kMaxQuoteWords = 400;

bool opens(std::string_view w) { return w == "«" || w == "“" || w == "„" || w == "\"" || w == "»" || w == "‘"; }
bool closes(std::string_view w) { return w == "»" || w == "”" || w == "\"" || w == "«" || w == "’" || w == "‟"; }

// Speech verbs, normalized, without clitics (the caller strips و/ف).
bool is_speech_verb(std::string_view w) {
  static constexpr std::string_view kVerbs[] = {
      "قال", "قالت", "يقول", "تقول", "اكد", "اكدت", "يؤكد", "تؤكد", "اضاف", "اضافت", "اوضح", "اوضحت", "تابع", "تابعت",
      "صرح", "صرحت", "غرد", "غردت", "اعلن", "اعلنت", "اعتبر", "اعتبرت", "شدد", "شددت", "ذكر", "ذكرت", "كتب", "كتبت",
      "قائلا", "قائله", "مضيفا", "مضيفه", "مؤكدا", "مؤكده", "معتبرا", "مشيرا", "مشدده", "مشددا", "موضحا", "فاجاب",
      "اجاب", "اجابت", "ردد", "علق", "يعلق", "قالوا", "اكدوا", "اضافوا"};
  for (std::string_view v : kVerbs)
    if (w == v) return true;
  return false;
}

bool speech_verb_at(std::string_view normalized, const text::Token& t) {
  std::string_view w = t.in(normalized);
  if (is_speech_verb(w)) return true;
  if (w.size() > 2 && (w.substr(0, 2) == "و" || w.substr(0, 2) == "ف")) return is_speech_verb(w.substr(2));
  return false;
}

}  // namespace

std::vector<Quote> find_quotes(std::string_view normalized, const std::vector<text::Token>& tokens,
                               const std::vector<text::Sentence>& sentences,
                               const std::vector<actors::Mention>& mentions) {
  std::vector<Quote> out;
  auto word = [&](uint32_t i) { return tokens[i].in(normalized); };
  // The speaker of a verb: the mention right after it (قال المسماري), else the
  // nearest before it in the same sentence (المسماري قال، … قائلا).
  auto speaker_of = [&](uint32_t verb, uint32_t quote_first, uint32_t sentence_first) -> std::string {
    for (const auto& m : mentions)
      if (m.lead_token > verb && m.lead_token <= verb + 3 && m.end_token <= quote_first) return m.actor;
    for (auto it = mentions.rbegin(); it != mentions.rend(); ++it)
      if (it->end_token <= verb && it->first_token >= sentence_first) return it->actor;
    return "";
  };
  auto sentence_of = [&](uint32_t token) -> const text::Sentence* {
    for (const auto& s : sentences)
      if (token >= s.first_token && token < s.end_token) return &s;
    return nullptr;
  };

  for (uint32_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind != text::TokenKind::kPunct || !opens(word(i))) continue;
    uint32_t close = i + 1;
    while (close < tokens.size() && close - i <= kMaxQuoteWords && !tokens[close].paragraph_start &&
           !(tokens[close].kind == text::TokenKind::kPunct && closes(word(close))))
      ++close;
    if (close >= tokens.size() || tokens[close].paragraph_start || close - i > kMaxQuoteWords || close == i + 1) continue;
    const text::Sentence* s = sentence_of(i);
    uint32_t s_first = s ? s->first_token : 0;
    // A speech verb before the quote, in reach…
    int64_t verb = -1;
    uint32_t from = i > kVerbReach ? i - kVerbReach : 0;
    for (uint32_t v = i; v-- > std::max(from, s_first);)
      if (speech_verb_at(normalized, tokens[v])) { verb = v; break; }
    // …or right after it ("…»، قال المسماري").
    if (verb < 0)
      for (uint32_t v = close + 1; v < tokens.size() && v <= close + 3; ++v)
        if (speech_verb_at(normalized, tokens[v])) { verb = v; break; }
    if (verb >= 0) {
      uint32_t vt = static_cast<uint32_t>(verb);
      std::string speaker = vt < i ? speaker_of(vt, i, s_first) : speaker_of(vt, tokens.size(), s_first);
      out.push_back({i + 1, close, speaker, vt});
    }
    i = close;
  }
  return out;
}

}  // namespace marsad::events
