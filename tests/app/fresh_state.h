// SPDX-License-Identifier: MIT
#pragma once

#include "model/edit_store.h"

#include <QDir>
#include <QSettings>

namespace coroscope::test {

// Each test starts from no saved settings and no saved edits: the process
// has a settings file of its own (test_main), and the edits live beside it.
struct FreshState {
    FreshState() {
        QSettings().clear();
        QDir(EditStore::defaultRoot()).removeRecursively();
    }
};

} // namespace coroscope::test
