// SPDX-License-Identifier: MIT
#pragma once

#include "model/lesson_file.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace coroscope {

// The learner's edits of lesson scripts, one file each under a folder of
// their own (beside the settings file: <root>/<lesson id>/<script file>), so
// that they survive a crash or a kill of the application: a save writes a
// new file and renames it over the old one, never leaving half a file.
//
// An edit that cannot be read back (not UTF-8, larger than a lesson file
// may be, not a regular file) is set aside under a new name, never deleted
// and never fatal; problems() says what was set aside and where.
class EditStore {
    Q_DECLARE_TR_FUNCTIONS(EditStore)

public:
    // The folder beside the settings file, "edits".
    static QString defaultRoot();
    explicit EditStore(QString root = defaultRoot());

    // The learner's text for that script, or nullopt when there is none
    // (or it was set aside).
    std::optional<QString> load(const QString& lessonId, const QString& file);
    // Writes the edit atomically; false (and lastError()) when it could not.
    bool save(const QString& lessonId, const QString& file, const QString& text);
    void remove(const QString& lessonId, const QString& file);
    // Where an edit is kept (whether or not it exists).
    QString pathOf(const QString& lessonId, const QString& file) const;

    QString lastError() const { return m_lastError; }
    // What was set aside since the last call, one sentence each.
    QStringList takeProblems();

private:
    void setAside(const QString& path, const QString& why);

    QString m_root;
    QString m_lastError;
    QStringList m_problems;
};

} // namespace coroscope
