// SPDX-License-Identifier: MIT
// Coroscope's entry point. Commands that need no display (`run`,
// `lessons`) are dispatched before any QApplication exists, and so are the
// window's own options, so a typo is reported even without a screen.
#include "ui/commands/lessons_command.h"
#include "ui/style/language.h"
#include "ui/windows/main_window.h"

#include "script/cli/cli.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QScreen>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <optional>

namespace {

void identify() {
    QCoreApplication::setOrganizationName(QStringLiteral("Coroscope"));
    QCoreApplication::setApplicationName(QStringLiteral("Coroscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COROSCOPE_VERSION));
}

} // namespace

int main(int argc, char** argv) {
    QElapsedTimer sinceStart;
    sinceStart.start();
    identify();
    if (argc > 1 && std::strcmp(argv[1], "run") == 0) {
        return coroscope::runCommand(argc - 1, argv + 1); // it takes the words from "run" on
    }
    if (argc > 1 && std::strcmp(argv[1], "lessons") == 0)
        return coroscope::lessonsCommand(argc, argv);

    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Coroscope: see concurrency happen.\n\nCommands:\n"
        "  coroscope run SCRIPT.py         run a script headless and print its trace\n"
        "  coroscope lessons [--check DIR] list the lessons, or check lesson folders"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("The interface language: en, pt_BR or uk."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption lesson(QStringLiteral("lesson"),
                                    QStringLiteral("Open this lesson (its id)."),
                                    QStringLiteral("ID"));
    const QCommandLineOption presenter(QStringLiteral("presenter"),
                                       QStringLiteral("Start in presenter mode."));
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   QStringLiteral("light, dark or contrast."),
                                   QStringLiteral("THEME"));
    const QCommandLineOption script(
        QStringLiteral("script"),
        QStringLiteral("Show the lesson's script number N (1 is the first)."), QStringLiteral("N"));
    const QCommandLineOption at(
        QStringLiteral("at"),
        QStringLiteral("Open paused at this virtual time, in seconds, without the question first "
                       "(for slides and screenshots)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("With --at: save a picture of the window at that moment as FILE (PNG) "
                       "and quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption view(QStringLiteral("view"),
                                  QStringLiteral("Bring this view forward: restaurant, compare, "
                                                 "timeline or code."),
                                  QStringLiteral("VIEW"));
    parser.addOptions({lang, lesson, presenter, theme, script, at, screenshot, view});
    if (!parser.parse(args)) {
        std::fprintf(stderr, "coroscope: %s\nTry 'coroscope --help'.\n",
                     qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("coroscope %s\n", COROSCOPE_VERSION);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "coroscope: unknown command '%s'\nTry 'coroscope --help'.\n",
                     qPrintable(parser.positionalArguments().first()));
        return 2;
    }
    const QString language = parser.value(lang);
    if (parser.isSet(lang) && !coroscope::Language::available().contains(language)) {
        std::fprintf(stderr, "coroscope: unknown language '%s' (use en, pt_BR or uk)\n",
                     qPrintable(language));
        return 2;
    }
    const QString themeName = parser.value(theme);
    if (parser.isSet(theme) && themeName != QStringLiteral("light") &&
        themeName != QStringLiteral("dark") && themeName != QStringLiteral("contrast")) {
        std::fprintf(stderr, "coroscope: unknown theme '%s' (use light, dark or contrast)\n",
                     qPrintable(themeName));
        return 2;
    }

    bool numberOk = true;
    const int scriptNumber = parser.isSet(script) ? parser.value(script).toInt(&numberOk) : 1;
    if (!numberOk || scriptNumber < 1 || scriptNumber > 9) {
        std::fprintf(stderr, "coroscope: --script '%s' is not a script number (use 1 to 9)\n",
                     qPrintable(parser.value(script)));
        return 2;
    }
    const double atSeconds = parser.isSet(at) ? parser.value(at).toDouble(&numberOk) : 0.0;
    if (!numberOk || !(atSeconds >= 0.0 && atSeconds <= 86400.0)) {
        std::fprintf(stderr,
                     "coroscope: --at '%s' is not a time in seconds (use a number from 0 to "
                     "86400, such as 0.5)\n",
                     qPrintable(parser.value(at)));
        return 2;
    }

    const QStringList views{QStringLiteral("restaurant"), QStringLiteral("compare"),
                            QStringLiteral("timeline"), QStringLiteral("code")};
    if (parser.isSet(view) && !views.contains(parser.value(view))) {
        std::fprintf(stderr,
                     "coroscope: unknown view '%s' (use restaurant, compare, timeline or code)\n",
                     qPrintable(parser.value(view)));
        return 2;
    }
    if (parser.isSet(screenshot) && !parser.isSet(at)) {
        std::fputs("coroscope: --screenshot needs --at, the moment to show (such as --at 0.5)\n",
                   stderr);
        return 2;
    }

    QApplication app(argc, argv);
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/coroscope.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.coroscope.Coroscope"));
    // Type a class can read from the back row on a big screen, still fitting 1280 x 720.
    if (const QScreen* screen = QGuiApplication::primaryScreen()) {
        QFont font = QApplication::font();
        font.setPointSizeF(screen->availableSize().width() >= 1600 ? 11 : 10);
        QApplication::setFont(font);
    }
    coroscope::Language translations;
    translations.set(parser.isSet(lang) ? language
                                        : QSettings().value(QStringLiteral("language")).toString());
    coroscope::MainWindow window(&translations);
    if (parser.isSet(theme)) window.setTheme(themeName);
    // Start-up time, to the first painted lesson, when asked for.
    if (qEnvironmentVariableIsSet("COROSCOPE_STARTUP_PROBE")) {
        window.setFirstPaintCallback([&sinceStart] {
            std::printf("first lesson painted %lld ms after main() began\n",
                        static_cast<long long>(sinceStart.elapsed()));
            std::fflush(stdout);
            if (qEnvironmentVariable("COROSCOPE_STARTUP_PROBE") == QStringLiteral("quit"))
                QCoreApplication::quit();
        });
    }
    window.show();
    window.loadLessons();
    if (parser.isSet(lesson) && !window.openLesson(parser.value(lesson)))
        std::fprintf(stderr,
                     "coroscope: there is no lesson '%s'; 'coroscope lessons' lists them. "
                     "Showing the last lesson instead.\n",
                     qPrintable(parser.value(lesson)));
    int status = 0;
    if (parser.isSet(screenshot)) {
        // Once the moment is on screen, give the views a moment to paint
        // (and the presenter window to open), then save and quit.
        window.setMomentShownCallback([&window, &status, file = parser.value(screenshot)] {
            QTimer::singleShot(400, &window, [&window, &status, file] {
                if (!window.stageWindow()->grab().save(file, "PNG")) {
                    std::fprintf(stderr, "coroscope: could not write the screenshot '%s'\n",
                                 qPrintable(file));
                    status = 1;
                }
                QCoreApplication::quit();
            });
        });
    }
    if ((parser.isSet(script) || parser.isSet(at)) &&
        !window.openScript(scriptNumber - 1, parser.isSet(at)
                                                 ? std::optional(coroscope::seconds(atSeconds))
                                                 : std::nullopt))
        std::fprintf(stderr, "coroscope: lesson '%s' has no script %d.\n",
                     qPrintable(window.lesson() ? window.lesson()->id : QString()), scriptNumber);
    if (parser.isSet(view)) window.showView(parser.value(view));
    if (parser.isSet(presenter))
        QMetaObject::invokeMethod(
            &window,
            [&window] {
                for (QAction* a : window.actions())
                    if (a->objectName() == QStringLiteral("presenter")) a->trigger();
            },
            Qt::QueuedConnection);
    const int code = app.exec();
    return code != 0 ? code : status;
}
