// The rows of core/data/cameo.tsv checked (events/cameo.cpp reads them and
// skips what it cannot read, so a broken row would silently lose a code).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "marsad/problem.h"

namespace marsad::data {

// Each row is code<TAB>goldstein<TAB>name (lines starting with # are comments):
// a code of 2 to 4 digits, defined once, whose parent (the code without its
// last digit) is defined too; a Goldstein score in [-10, 10]; a name. Problems
// name `file`, the line and the code.
void check_cameo_table(std::string_view tsv, const std::string& file, std::vector<Problem>& problems);

}  // namespace marsad::data
