// SPDX-License-Identifier: MIT
#include "ui/commands/lessons_command.h"

#include "model/lesson_loader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace coroscope {

namespace {

void print(FILE* out, const QString& line) {
    std::fputs(qPrintable(line + QLatin1Char('\n')), out);
}

} // namespace

int lessonsCommand(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    args.removeAt(1); // "lessons"
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("List Coroscope's lessons, or check lesson folders."));
    parser.addHelpOption();
    const QCommandLineOption check(
        QStringLiteral("check"),
        QStringLiteral("Check the lesson folder DIR (or every lesson folder in it)."),
        QStringLiteral("DIR"));
    parser.addOption(check);
    if (!parser.parse(args)) {
        print(stderr, QStringLiteral("coroscope lessons: %1").arg(parser.errorText()));
        print(stderr, QStringLiteral("Usage: coroscope lessons [--check DIR]"));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        print(stdout, parser.helpText().replace(QStringLiteral("lessons [options]"),
                                                QStringLiteral("coroscope lessons [options]")));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        print(stderr, QStringLiteral("coroscope lessons: unexpected argument '%1'")
                          .arg(parser.positionalArguments().first()));
        print(stderr, QStringLiteral("Usage: coroscope lessons [--check DIR]"));
        return 2;
    }
    if (parser.isSet(check)) {
        const LessonLoader loader(scriptChecker(), LessonLoader::Checking::Complete);
        const QString dir = parser.value(check);
        if (!QFileInfo(dir).isDir()) {
            print(stderr, QStringLiteral("coroscope lessons: %1 is not a folder").arg(dir));
            return 1;
        }
        std::vector<LessonProblem> problems;
        int checked = 0;
        if (QFileInfo::exists(QDir(dir).filePath(QStringLiteral("lesson.json")))) {
            loader.loadFolder(dir, problems);
            checked = 1;
        } else {
            const LessonCatalog catalog = loader.loadRoots({dir});
            problems = catalog.problems;
            checked = static_cast<int>(catalog.lessons.size() + catalog.problems.size());
        }
        for (const LessonProblem& p : problems)
            print(stdout, p.describe());
        if (checked == 0) {
            print(stdout,
                  QStringLiteral("%1: no lesson folder here (a lesson folder holds a lesson.json)")
                      .arg(dir));
            return 1;
        }
        if (problems.empty()) print(stdout, QStringLiteral("%1: no problems found").arg(dir));
        return problems.empty() ? 0 : 1;
    }
    const LessonCatalog catalog =
        LessonLoader(scriptChecker()).loadRoots(LessonLoader::defaultRoots());
    for (const Lesson& l : catalog.lessons)
        print(stdout, QStringLiteral("%1\t%2").arg(l.id, l.title.in(QStringLiteral("en"))));
    for (const LessonProblem& p : catalog.problems)
        print(stderr, QStringLiteral("cannot load %1").arg(p.describe()));
    return 0;
}

} // namespace coroscope
