// SPDX-License-Identifier: MIT
#include "ui/style/language.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QWidget>

namespace coroscope {

Language::Language(QObject* parent)
    : QObject(parent)
    , m_app(new QTranslator(this))
    , m_qt(new QTranslator(this)) {}

QStringList Language::available() {
    return {QStringLiteral("en"), QStringLiteral("pt_BR"), QStringLiteral("uk")};
}

QString Language::nativeName(const QString& code) {
    if (code == QStringLiteral("pt_BR")) return QStringLiteral("Português (Brasil)");
    if (code == QStringLiteral("uk")) return QStringLiteral("Українська");
    return QStringLiteral("English");
}

QString Language::systemLanguage() {
    for (const QString& ui : QLocale::system().uiLanguages()) {
        const QString name = QString(ui).replace(QLatin1Char('-'), QLatin1Char('_'));
        if (name.startsWith(QStringLiteral("pt"))) return QStringLiteral("pt_BR");
        if (name.startsWith(QStringLiteral("uk"))) return QStringLiteral("uk");
        if (name.startsWith(QStringLiteral("en"))) return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

bool Language::set(const QString& setting) {
    const QString code = setting.isEmpty() ? systemLanguage() : setting;
    if (!available().contains(code)) return false;
    m_setting = setting;
    QCoreApplication::removeTranslator(m_app);
    QCoreApplication::removeTranslator(m_qt);
    // English has a catalogue too: only its plural forms ("1 waiter", "3 waiters").
    if (m_app->load(QStringLiteral(":/i18n/coroscope_%1.qm").arg(code)))
        QCoreApplication::installTranslator(m_app);
    if (code != QStringLiteral("en") &&
        m_qt->load(QStringLiteral("qtbase_%1").arg(code),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt);
    QLocale::setDefault(QLocale(code));
    // Widgets keep the locale they were made with; numbers they format
    // themselves (spin boxes) follow the new language only when told.
    if (qobject_cast<QApplication*>(QCoreApplication::instance()))
        for (QWidget* w : QApplication::topLevelWidgets())
            w->setLocale(QLocale(code));
    const bool changedCode = code != m_code;
    m_code = code;
    if (changedCode) Q_EMIT changed(code);
    return true;
}

} // namespace coroscope
