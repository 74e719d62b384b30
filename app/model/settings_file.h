// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace coroscope {

// A settings file that could not be parsed, and where it went.
struct UnreadableSettings {
    QString file;
    QString aside; // empty when it could not be moved
    // The sentence to show the user, in the current language.
    QString describe() const;
};

// Called once at start-up, before anything reads the settings: a settings
// file that cannot be parsed is renamed aside (never deleted) so that the
// application starts with its defaults instead of half-read values.
std::optional<UnreadableSettings> setAsideUnreadableSettings();

} // namespace coroscope
