// SPDX-License-Identifier: MIT
#include "model/narration_text.h"

#include <QStringList>

namespace coroscope {

QMap<QString, QString> splitNarration(const QString& markdown) {
    QMap<QString, QString> out;
    QString current;
    QStringList body;
    auto close = [&] {
        if (!current.isEmpty()) out.insert(current, body.join(QLatin1Char('\n')).trimmed());
        body.clear();
    };
    bool inFence = false; // a "## " inside a code block is not a heading
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    for (const QString& raw : lines) {
        QString line = raw;
        if (line.endsWith(QLatin1Char('\r'))) line.chop(1);
        if (line.trimmed().startsWith(QStringLiteral("```"))) inFence = !inFence;
        if (!inFence && line.startsWith(QStringLiteral("## "))) {
            close();
            current = line.mid(3).trimmed();
            continue;
        }
        if (!current.isEmpty()) body << line;
    }
    close();
    return out;
}

} // namespace coroscope
