// SPDX-License-Identifier: MIT
#include "model/lesson_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace coroscope {

namespace {

QString tooLarge(qint64 maxBytes) {
    return LessonFile::tr("is larger than %1 KB, the most a lesson file may hold; make it smaller")
        .arg(maxBytes / 1024);
}

// A built-in lesson is part of the application: only its size is in doubt.
LessonFileRead readResource(const QString& path, qint64 maxBytes) {
    LessonFileRead out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.missing = true;
        out.refusal = LessonFile::tr("cannot be read (is it there?)");
        return out;
    }
    out.data = file.read(maxBytes + 1);
    if (out.data.size() > maxBytes) {
        out.data.clear();
        out.refusal = tooLarge(maxBytes);
    }
    return out;
}

// Reads at most maxBytes + 1 bytes of an open descriptor.
LessonFileRead readDescriptor(int fd, qint64 maxBytes) {
    LessonFileRead out;
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        out.refusal =
            LessonFile::tr("cannot be read: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return out;
    }
    if (!S_ISREG(st.st_mode)) {
        out.refusal = LessonFile::tr("is not a regular file (it is a pipe, a device or a folder); "
                                     "put a text file of that name in its place");
        return out;
    }
    if (st.st_size > maxBytes) {
        out.refusal = tooLarge(maxBytes);
        return out;
    }
    // The size a file states is not always its size (/proc files state 0):
    // the cap holds for what is read.
    out.data.resize(static_cast<qsizetype>(maxBytes + 1));
    qint64 total = 0;
    while (total <= maxBytes) {
        const ssize_t n =
            ::read(fd, out.data.data() + total, static_cast<size_t>(maxBytes + 1 - total));
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            out.data.clear();
            out.refusal = LessonFile::tr("cannot be read: %1")
                              .arg(QString::fromLocal8Bit(std::strerror(errno)));
            return out;
        }
        if (n == 0) break;
        total += n;
    }
    if (total > maxBytes) {
        out.data.clear();
        out.refusal = tooLarge(maxBytes);
        return out;
    }
    out.data.resize(static_cast<qsizetype>(total));
    return out;
}

} // namespace

QString LessonFile::nameProblem(const QString& name) {
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:"));
    const QString plain = name.section(QRegularExpression(QStringLiteral("[/\\\\]")), -1);
    if (name.isEmpty()) return tr("has no name");
    if (name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('\\')) ||
        drive.match(name).hasMatch())
        return tr("is an absolute path; a lesson names a file of its own folder by its name alone "
                  "(copy the file into the folder and write \"%1\")")
            .arg(plain);
    const QStringList parts = name.split(QRegularExpression(QStringLiteral("[/\\\\]")));
    if (parts.contains(QStringLiteral("..")))
        return tr("leads out of the lesson folder (\"..\"); copy the file into the folder and "
                  "write \"%1\"")
            .arg(plain);
    if (parts.contains(QStringLiteral(".")) || parts.contains(QString()))
        return tr("is not a plain file name; write \"%1\"").arg(plain);
    if (parts.size() > 1)
        return tr("is in a sub-folder; a lesson's files sit in the lesson folder itself (move it "
                  "there and write \"%1\")")
            .arg(plain);
    return {};
}

LessonFileRead LessonFile::read(const QString& folder, const QString& name, qint64 maxBytes) {
    LessonFileRead out;
    if (QString why = nameProblem(name); !why.isEmpty()) {
        out.refusal = why;
        return out;
    }
    const QString path = QDir(folder).filePath(name);
    if (folder.startsWith(QStringLiteral(":/"))) return readResource(path, maxBytes);

    const QFileInfo info(path);
    if (!info.exists()) {
        out.missing = !info.isSymLink();
        out.refusal = info.isSymLink()
                          ? tr("is a link to %1, which is not there; copy the file into the "
                               "folder instead")
                                .arg(info.symLinkTarget())
                          : tr("cannot be read (is it there?)");
        return out;
    }
    // Links may stay within the folder; where they lead is what counts.
    const QString inside = QFileInfo(folder).canonicalFilePath() + QLatin1Char('/');
    const QString real = info.canonicalFilePath();
    if (real.isEmpty() || !real.startsWith(inside)) {
        out.refusal = tr("is a link to %1, outside the lesson folder; copy the file into the "
                         "folder instead")
                          .arg(real.isEmpty() ? info.symLinkTarget() : real);
        return out;
    }
    // Non-blocking, so that opening a pipe returns at once (and is then
    // refused as not a regular file); no link is followed any more.
    const int fd =
        ::open(QFile::encodeName(real).constData(), O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        out.refusal = tr("cannot be read: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return out;
    }
    out = readDescriptor(fd, maxBytes);
    ::close(fd);
    return out;
}

} // namespace coroscope
