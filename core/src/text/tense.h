// Future and intent as Arabic news writes them, read off single normalized
// words: the particle «سوف», the prefix س on an imperfect verb («سيزور»,
// «وستعقد»), and the words of plans and expectations («المقرر», «يعتزم»).
// The time layer reads it for month names without a year, the event layer
// for announced acts (intent, not the act).
#pragma once

#include <string_view>

namespace marsad::text {

// س + an imperfect prefix (ي ت ن) + at least three letters, behind و/ف:
// سيزور، ستعقد، وسنعمل — not the words that only look like it (سياسي، سيطرة، سيارة،
// سنوات، ساعات).
bool is_future_verb(std::string_view normalized);

// A word that announces a future or planned act before its verb: سوف، سيتم،
// المقرر (من المقرر أن)، المنتظر، المتوقع، المزمع، يعتزم، ينوي، يرتقب، يستعد —
// behind و or ف too (وسوف).
bool is_future_marker(std::string_view normalized);

}  // namespace marsad::text
