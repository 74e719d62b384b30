// SPDX-License-Identifier: MIT
#pragma once

namespace coroscope {

// `coroscope lessons`: the lessons found, one "id<TAB>title" a line.
// `coroscope lessons --check DIR`: what is wrong with a lesson folder (or
// with each lesson folder in DIR); exit status 1 if anything is.
// Needs no display. argv[1] is "lessons".
int lessonsCommand(int argc, char** argv);

} // namespace coroscope
