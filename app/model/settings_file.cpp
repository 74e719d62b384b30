// SPDX-License-Identifier: MIT
#include "model/settings_file.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSettings>

namespace coroscope {

std::optional<UnreadableSettings> setAsideUnreadableSettings() {
    UnreadableSettings found;
    {
        const QSettings settings;
        if (settings.status() != QSettings::FormatError) return std::nullopt;
        found.file = settings.fileName();
    }
    const QString aside =
        found.file + QStringLiteral(".unreadable-") +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-hhmmss"));
    if (QFile::rename(found.file, aside)) found.aside = aside;
    return found;
}

QString UnreadableSettings::describe() const {
    if (aside.isEmpty())
        return QCoreApplication::translate(
                   "coroscope::Settings",
                   "The settings file %1 could not be read and could not be moved away; "
                   "Coroscope starts with its defaults and may not keep your settings.")
            .arg(QDir::toNativeSeparators(file));
    return QCoreApplication::translate("coroscope::Settings",
                                       "The settings file %1 could not be read; it was set aside "
                                       "as %2 and Coroscope starts with its defaults.")
        .arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(aside));
}

} // namespace coroscope
