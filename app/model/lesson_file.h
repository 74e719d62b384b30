// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace coroscope {

// The most any file of a lesson folder may hold: the largest built-in file
// is a few KB, and a script of a MB already takes a while to check.
inline constexpr qint64 kMaxLessonFileBytes = 1 << 20;

// What reading one file of a lesson folder gave: its bytes, or why not.
struct LessonFileRead {
    QByteArray data;
    bool missing = false; // nothing of that name (then refusal says so)
    QString refusal;      // empty when data holds the file

    bool ok() const { return refusal.isEmpty(); }
};

// Reads a file that a lesson names, as a zip-slip defence would: the name is
// a plain name in the folder (no absolute path, no "..", no sub-folder), a
// link must not lead out of the folder, and only a regular file of at most
// `maxBytes` is read, at most that many bytes of it, so a pipe, a device or
// a huge file cannot block or fill the application. The refusal names what
// is wrong and what to do, to follow the file's name.
class LessonFile {
    Q_DECLARE_TR_FUNCTIONS(LessonFile)

public:
    static LessonFileRead read(const QString& folder, const QString& name,
                               qint64 maxBytes = kMaxLessonFileBytes);
    // Why `name` cannot name a file of a lesson folder, or empty.
    static QString nameProblem(const QString& name);
};

} // namespace coroscope
