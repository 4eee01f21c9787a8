// A news page's furniture, scraped with its story: the trailer that repeats the
// headline as a link («رابط الخبر بصحيفة الوئام: …»), the list of the author's
// other columns («مقالات أخرى للكاتب…»), a line of links to other stories
// («اقرأ أيضا: …»). Its headlines are other stories', or this one's told again
// in the present tense: no sentence of it is read for events or quotes. The
// phrases that open it are core/data/furniture.json.
#pragma once

#include <string_view>
#include <vector>

#include "text/sentences.h"
#include "text/token.h"

namespace marsad::text {

// Per token of `normalized`: part of the page's furniture.
std::vector<bool> furniture_tokens(std::string_view normalized, const std::vector<Token>& tokens);

// The sentences of the story: `sentences`, each cut before its first furniture
// token (one inside the furniture is left empty, so indices still match).
std::vector<Sentence> story_sentences(const std::vector<Sentence>& sentences, const std::vector<bool>& furniture);

}  // namespace marsad::text
