// The inflected forms of an Arabic verb and of its active participle, as news
// writes them, from the forms a lexicon gives: the past and the present of the
// third person masculine singular (اتهم، يتهم). Lexicons list the lemma once
// and read every person, number and gender the press uses: اتهمت، اتهموا،
// اتهما، تتهم، يتهمون، يتهمان، متهما، متهمة… (defective verbs too: دعا، دعت،
// دعوا؛ التقى، التقت، التقوا، يلتقي، يلتقون). Clitics are read elsewhere.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace marsad::text {

// The past-tense forms of a verb from its third person masculine singular.
std::vector<std::string> past_forms(std::string_view past);
// The present-tense forms from its third person masculine singular (يتهم).
std::vector<std::string> present_forms(std::string_view present);
// The forms of an active participle (متهم): متهما، متهمة، متهمين، متهمون.
std::vector<std::string> participle_forms(std::string_view participle);

}  // namespace marsad::text
