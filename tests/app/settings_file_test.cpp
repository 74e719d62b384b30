// SPDX-License-Identifier: MIT
// A settings file that parses is never set aside. (One that does not parse
// is set aside at start-up: the bad-inputs catalogue runs the application
// on one, as only a fresh process reads its settings file from the start.)
#include "model/settings_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace coroscope;

namespace {

// Settings of a folder of the test's own for as long as it lives.
struct OwnSettings {
    QTemporaryDir dir;
    QString before;
    OwnSettings() {
        before = QFileInfo(QSettings().fileName()).absolutePath();
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    }
    ~OwnSettings() { QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, before); }
};

} // namespace

TEST(SettingsFile, AReadableFileIsLeftAlone) {
    OwnSettings own;
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("uk"));
    QSettings().sync();
    EXPECT_FALSE(setAsideUnreadableSettings().has_value());
    EXPECT_EQ(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("uk"));
}
