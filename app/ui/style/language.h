// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

namespace coroscope {

// The user interface's language, switchable while running: installing a
// translator makes Qt send LanguageChange to every widget, which re-reads
// its texts. Lesson texts follow `code()`.
class Language : public QObject {
    Q_OBJECT

public:
    explicit Language(QObject* parent = nullptr);

    // "en", "pt_BR" or "uk"; "" means the system's.
    bool set(const QString& code);
    QString code() const { return m_code; }
    QString setting() const { return m_setting; }
    static QStringList available();
    static QString nativeName(const QString& code);
    // The language the system asks for, among the available ones ("en" if none).
    static QString systemLanguage();

Q_SIGNALS:
    void changed(const QString& code);

private:
    QTranslator* m_app;
    QTranslator* m_qt;
    QString m_code = QStringLiteral("en");
    QString m_setting;
};

} // namespace coroscope
