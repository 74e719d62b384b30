// SPDX-License-Identifier: MIT
#include "model/edit_store.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStringDecoder>

#include <utility>

namespace coroscope {

namespace {

// A name as one path component: letters, digits, '-', '_' and inner dots
// stay readable, everything else (a '/', a leading '.') is %-escaped, so a
// lesson id or file name can never climb out of the store.
QString component(const QString& name) {
    QString out;
    const QByteArray utf8 = name.toUtf8();
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                           (c >= '0' && c <= '9') || c == '-' || c == '_' || (c == '.' && i > 0);
        if (plain)
            out += QLatin1Char(static_cast<char>(c));
        else
            out += QStringLiteral("%%1").arg(c, 2, 16, QLatin1Char('0')).toUpper();
    }
    return out.isEmpty() ? QStringLiteral("%00") : out;
}

} // namespace

QString EditStore::defaultRoot() {
    return QFileInfo(QSettings().fileName()).absoluteDir().filePath(QStringLiteral("edits"));
}

EditStore::EditStore(QString root)
    : m_root(std::move(root)) {}

QString EditStore::pathOf(const QString& lessonId, const QString& file) const {
    return QDir(m_root).filePath(component(lessonId) + QLatin1Char('/') + component(file));
}

std::optional<QString> EditStore::load(const QString& lessonId, const QString& file) {
    const QString path = pathOf(lessonId, file);
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink()) return std::nullopt;
    if (info.isSymLink() || !info.isFile()) {
        setAside(path, tr("it is not a plain file"));
        return std::nullopt;
    }
    if (info.size() > kMaxLessonFileBytes) {
        setAside(path, tr("it is larger than %1 KB").arg(kMaxLessonFileBytes / 1024));
        return std::nullopt;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        setAside(path, f.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = f.read(kMaxLessonFileBytes + 1);
    f.close();
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (utf8.hasError() || bytes.size() > kMaxLessonFileBytes || text.contains(QChar(0))) {
        setAside(path, tr("it is not UTF-8 text"));
        return std::nullopt;
    }
    return text;
}

bool EditStore::save(const QString& lessonId, const QString& file, const QString& text) {
    const QString path = pathOf(lessonId, file);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        m_lastError = tr("cannot create the folder %1")
                          .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        return false;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(text.toUtf8()) < 0 || !out.commit()) {
        m_lastError = out.errorString();
        return false;
    }
    m_lastError.clear();
    return true;
}

void EditStore::remove(const QString& lessonId, const QString& file) {
    QFile::remove(pathOf(lessonId, file));
}

QStringList EditStore::takeProblems() {
    return std::exchange(m_problems, {});
}

void EditStore::setAside(const QString& path, const QString& why) {
    QString aside = path + QStringLiteral(".unreadable");
    if (QFileInfo::exists(aside) || QFileInfo(aside).isSymLink())
        aside = path + QStringLiteral(".unreadable-") +
                QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-hhmmss-zzz"));
    const bool moved = QFile::rename(path, aside);
    m_problems << (moved ? tr("Your edit %1 could not be read (%2); it was set aside as %3 and the "
                              "lesson's script is shown instead.")
                               .arg(QDir::toNativeSeparators(path), why,
                                    QDir::toNativeSeparators(aside))
                         : tr("Your edit %1 could not be read (%2) and is ignored; move it away "
                              "to edit the script again.")
                               .arg(QDir::toNativeSeparators(path), why));
}

} // namespace coroscope
