// SPDX-License-Identifier: MIT
// Coroscope's entry point. Commands that need no display (`run`,
// `lessons`) are dispatched before any QApplication exists, and so are the
// window's own options, so a typo is reported even without a screen.
#include "model/lesson_view.h"
#include "model/settings_file.h"
#include "ui/commands/lessons_command.h"
#include "ui/style/language.h"
#include "ui/windows/autoplay.h"
#include "ui/windows/main_window.h"

#include "script/cli/cli.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QScreen>
#include <QSettings>
#include <QThreadPool>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>

namespace {

void identify() {
    QCoreApplication::setOrganizationName(QStringLiteral("Coroscope"));
    QCoreApplication::setApplicationName(QStringLiteral("Coroscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COROSCOPE_VERSION));
}

// The commands that need no display; nullopt when argv names none.
std::optional<int> dispatchCommand(int argc, char** argv) {
    if (argc > 1 && std::strcmp(argv[1], "run") == 0)
        return coroscope::runCommand(argc - 1, argv + 1); // it takes the words from "run" on
    if (argc > 1 && std::strcmp(argv[1], "lessons") == 0)
        return coroscope::lessonsCommand(argc, argv);
    return std::nullopt;
}

// The window's options, checked; an option not given is nullopt (or false).
struct WindowOptions {
    std::optional<QString> language;
    std::optional<QString> lesson;
    bool presenter = false;
    std::optional<QString> theme;
    std::optional<int> script; // 1-based
    std::optional<double> atSeconds;
    std::optional<QString> screenshot;
    std::optional<QString> view;
    bool autoplay = false;
    std::optional<QString> heartbeat;
};

int refuse(const char* format, const QString& value) {
    std::fprintf(stderr, format, qPrintable(value));
    return 2;
}

// The window's command-line options, declared once.
struct OptionSet {
    QCommandLineOption lang{QStringLiteral("lang"),
                            QStringLiteral("The interface language: en, pt_BR or uk."),
                            QStringLiteral("LANG")};
    QCommandLineOption lesson{QStringLiteral("lesson"),
                              QStringLiteral("Open this lesson (its id)."), QStringLiteral("ID")};
    QCommandLineOption presenter{QStringLiteral("presenter"),
                                 QStringLiteral("Start in presenter mode.")};
    QCommandLineOption theme{QStringLiteral("theme"), QStringLiteral("light, dark or contrast."),
                             QStringLiteral("THEME")};
    QCommandLineOption script{QStringLiteral("script"),
                              QStringLiteral("Show the lesson's script number N (1 is the first)."),
                              QStringLiteral("N")};
    QCommandLineOption at{
        QStringLiteral("at"),
        QStringLiteral("Open paused at this virtual time, in seconds, without the question first "
                       "(for slides and screenshots)."),
        QStringLiteral("SECONDS")};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QStringLiteral("With --at: save a picture of the window at that moment as FILE (PNG) "
                       "and quit."),
        QStringLiteral("FILE")};
    QCommandLineOption view{QStringLiteral("view"),
                            QStringLiteral("Bring this view forward: %1.")
                                .arg(coroscope::lessonViewNamesListed(QStringLiteral(" or "))),
                            QStringLiteral("VIEW")};
    // Read before any translator is installed, but listed for translation
    // like every text the user sees.
    QCommandLineOption autoplay{
        QStringLiteral("autoplay"),
        QCoreApplication::translate("main",
                                    "Play every script of every lesson through its narration in "
                                    "presenter mode, unattended, and the catalogue again after "
                                    "the last lesson (a kiosk, a long test run).")};
    QCommandLineOption heartbeat{
        QStringLiteral("heartbeat"),
        QCoreApplication::translate("main",
                                    "With --autoplay: rewrite FILE every second with what is "
                                    "playing, so that a watcher can tell the app is responsive."),
        QStringLiteral("FILE")};
};

// Checks the values given and copies them into `options`; an exit status
// (2) with a message naming the value when one is wrong.
std::optional<int> readOptionValues(const QCommandLineParser& parser, const OptionSet& o,
                                    WindowOptions& options) {
    if (parser.isSet(o.lang)) {
        options.language = parser.value(o.lang);
        if (!coroscope::Language::available().contains(*options.language))
            return refuse("coroscope: unknown language '%s' (use en, pt_BR or uk)\n",
                          *options.language);
    }
    if (parser.isSet(o.theme)) {
        options.theme = parser.value(o.theme);
        if (*options.theme != QStringLiteral("light") && *options.theme != QStringLiteral("dark") &&
            *options.theme != QStringLiteral("contrast"))
            return refuse("coroscope: unknown theme '%s' (use light, dark or contrast)\n",
                          *options.theme);
    }
    bool numberOk = true;
    if (parser.isSet(o.script)) {
        options.script = parser.value(o.script).toInt(&numberOk);
        if (!numberOk || *options.script < 1 || *options.script > 9)
            return refuse("coroscope: --script '%s' is not a script number (use 1 to 9)\n",
                          parser.value(o.script));
    }
    if (parser.isSet(o.at)) {
        options.atSeconds = parser.value(o.at).toDouble(&numberOk);
        if (!numberOk || !(*options.atSeconds >= 0.0 && *options.atSeconds <= 86400.0))
            return refuse("coroscope: --at '%s' is not a time in seconds (use a number from 0 to "
                          "86400, such as 0.5)\n",
                          parser.value(o.at));
    }
    if (parser.isSet(o.view)) {
        options.view = parser.value(o.view);
        if (!coroscope::lessonViewNamed(*options.view)) {
            std::fprintf(stderr, "coroscope: unknown view '%s' (use %s)\n",
                         qPrintable(*options.view),
                         qPrintable(coroscope::lessonViewNamesListed(QStringLiteral(" or "))));
            return 2;
        }
    }
    if (parser.isSet(o.screenshot) && !parser.isSet(o.at)) {
        std::fputs("coroscope: --screenshot needs --at, the moment to show (such as --at 0.5)\n",
                   stderr);
        return 2;
    }
    if (parser.isSet(o.heartbeat) && !parser.isSet(o.autoplay)) {
        std::fputs("coroscope: --heartbeat needs --autoplay\n", stderr);
        return 2;
    }
    if (parser.isSet(o.lesson)) options.lesson = parser.value(o.lesson);
    options.autoplay = parser.isSet(o.autoplay);
    if (parser.isSet(o.heartbeat)) options.heartbeat = parser.value(o.heartbeat);
    options.presenter = parser.isSet(o.presenter) || options.autoplay;
    if (parser.isSet(o.screenshot)) options.screenshot = parser.value(o.screenshot);
    return std::nullopt;
}

// Reads the window's options into `options`; an exit status when main()
// should stop here (help, version, or a mistake, with status 2).
std::optional<int> parseOptions(int argc, char** argv, WindowOptions& options) {
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
    const OptionSet o;
    parser.addOptions({o.lang, o.lesson, o.presenter, o.theme, o.script, o.at, o.screenshot, o.view,
                       o.autoplay, o.heartbeat});
    if (!parser.parse(args))
        return refuse("coroscope: %s\nTry 'coroscope --help'.\n", parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("coroscope %s\n", COROSCOPE_VERSION);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return refuse("coroscope: unknown command '%s'\nTry 'coroscope --help'.\n",
                      parser.positionalArguments().first());
    return readOptionValues(parser, o, options);
}

void setUpApplication() {
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/coroscope.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.coroscope.Coroscope"));
    // Type a class can read from the back row on a big screen, still fitting 1280 x 720.
    if (const QScreen* screen = QGuiApplication::primaryScreen()) {
        QFont font = QApplication::font();
        font.setPointSizeF(screen->availableSize().width() >= 1600 ? 11 : 10);
        QApplication::setFont(font);
    }
}

// Start-up time, to the first painted lesson, when asked for.
void probeStartUp(coroscope::MainWindow& window, const QElapsedTimer& sinceStart) {
    if (!qEnvironmentVariableIsSet("COROSCOPE_STARTUP_PROBE")) return;
    window.setFirstPaintCallback([&sinceStart] {
        std::printf("first lesson painted %lld ms after main() began\n",
                    static_cast<long long>(sinceStart.elapsed()));
        std::fflush(stdout);
        if (qEnvironmentVariable("COROSCOPE_STARTUP_PROBE") == QStringLiteral("quit"))
            QCoreApplication::quit();
    });
}

// Once the moment is on screen, give the views a moment to paint (and the
// presenter window to open), then save `file` and quit; `status` becomes 1
// when it cannot be written.
void screenshotWhenShown(coroscope::MainWindow& window, const QString& file, int& status) {
    window.setMomentShownCallback([&window, &status, file] {
        QTimer::singleShot(400, &window, [&window, &status, file] {
            if (!window.stageWindow()->grab().save(file, "PNG")) {
                std::fprintf(stderr, "coroscope: could not write the screenshot '%s'\n",
                             qPrintable(file));
                status = 1;
            }
            QCoreApplication::quit();
        });
    });
    // A moment that can never come must not keep the screenshot waiting.
    window.setMomentFailedCallback([&status](const QString& why) {
        std::fprintf(stderr, "coroscope: no screenshot: the script was refused: %s\n",
                     qPrintable(why));
        status = 2;
        QCoreApplication::quit();
    });
}

// The lesson, script, moment, view and mode the options ask for; false when
// the lesson or the script asked for is not there.
bool openRequested(coroscope::MainWindow& window, const WindowOptions& options) {
    bool found = true;
    if (options.lesson && !window.openLesson(*options.lesson)) {
        std::fprintf(stderr,
                     "coroscope: there is no lesson '%s'; 'coroscope lessons' lists them.%s\n",
                     qPrintable(*options.lesson),
                     options.screenshot ? "" : " Showing the last lesson instead.");
        found = false;
    }
    const int scriptNumber = options.script.value_or(1);
    if (found && (options.script || options.atSeconds) &&
        !window.openScript(scriptNumber - 1,
                           options.atSeconds ? std::optional(coroscope::seconds(*options.atSeconds))
                                             : std::nullopt)) {
        const coroscope::Lesson* lesson = window.lesson();
        std::fprintf(stderr, "coroscope: lesson '%s' has no script %d (it has %d).\n",
                     qPrintable(lesson ? lesson->id : QString()), scriptNumber,
                     lesson ? static_cast<int>(lesson->scripts.size()) : 0);
        found = false;
    }
    if (options.view) window.showView(*options.view);
    if (options.presenter)
        QMetaObject::invokeMethod(
            &window,
            [&window] {
                for (QAction* a : window.actions())
                    if (a->objectName() == QStringLiteral("presenter")) a->trigger();
            },
            Qt::QueuedConnection);
    return found;
}

} // namespace

int main(int argc, char** argv) {
    QElapsedTimer sinceStart;
    sinceStart.start();
    identify();
    if (const std::optional<int> status = dispatchCommand(argc, argv)) return *status;
    WindowOptions options;
    if (const std::optional<int> status = parseOptions(argc, argv, options)) return *status;

    QApplication app(argc, argv);
    setUpApplication();
    const std::optional<coroscope::UnreadableSettings> unreadable =
        coroscope::setAsideUnreadableSettings();
    coroscope::Language translations;
    translations.set(
        options.language.value_or(QSettings().value(QStringLiteral("language")).toString()));
    coroscope::MainWindow window(&translations);
    if (unreadable) {
        std::fprintf(stderr, "coroscope: %s\n", qPrintable(unreadable->describe()));
        window.showNotice(unreadable->describe());
    }
    if (options.theme) window.setTheme(*options.theme);
    probeStartUp(window, sinceStart);
    window.show();
    window.loadLessons();
    int status = 0;
    // Before the script is opened: its moment may already be on screen then.
    if (options.screenshot) screenshotWhenShown(window, *options.screenshot, status);
    // A picture of another lesson or script than the one asked for would
    // mislead, and the moment asked for would never come.
    if (!openRequested(window, options) && (options.screenshot || options.script)) return 2;
    if (options.autoplay) new coroscope::Autoplay(&window, options.heartbeat.value_or(QString()));
    const int code = app.exec();
    // The window asked its runs to stop as it closed; a run caught inside
    // one long native operation must not keep the process alive unseen.
    window.session()->stopRuns();
    if (!QThreadPool::globalInstance()->waitForDone(3000)) {
        std::fprintf(stderr, "coroscope: a run did not stop within 3 s of quitting; ending it.\n");
        std::fflush(stderr);
        std::_Exit(code != 0 ? code : status);
    }
    return code != 0 ? code : status;
}
