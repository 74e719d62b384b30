// SPDX-License-Identifier: MIT
// coroscope-run: the `run` command without the application, for tests, the
// differential suite and benchmarks (`coroscope-run run SCRIPT.py`).
#include "script/cli/cli.h"

int main(int argc, char** argv) {
    return coroscope::runCommand(argc - 1, argv + 1);
}
