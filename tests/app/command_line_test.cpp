// SPDX-License-Identifier: MIT
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the application binary with no display at all: commands that need
// none must work like this.
Result coroscope(const QStringList& args) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(COROSCOPE_BINARY), args);
    if (!p.waitForFinished(30000)) return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString fixture(const char* path) {
    return QDir(QStringLiteral(COROSCOPE_FIXTURES)).filePath(QString::fromLatin1(path));
}

} // namespace

TEST(CommandLine, CheckingAGoodLessonFolderFindsNothingWrong) {
    const Result r =
        coroscope({QStringLiteral("lessons"), QStringLiteral("--check"), fixture("good/alpha")});
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("no problems")));
}

TEST(CommandLine, CheckingBrokenFoldersSaysWhatIsWrongAndFails) {
    const Result r =
        coroscope({QStringLiteral("lessons"), QStringLiteral("--check"), fixture("broken")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.contains(QStringLiteral("bad-json/lesson.json:"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("missing-script/nowhere.py")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("whenever")));
}

// The ctest entry that checks the built-in lessons relies on this: a lesson
// broken in any way the loader knows makes `lessons --check` fail.
TEST(CommandLine, CheckingACopyOfAGoodLessonThatWasBrokenFails) {
    QTemporaryDir root;
    ASSERT_TRUE(root.isValid());
    const QDir source(fixture("good/alpha"));
    const QString copy = QDir(root.path()).filePath(QStringLiteral("alpha"));
    ASSERT_TRUE(QDir().mkpath(copy));
    for (const QString& name : source.entryList(QDir::Files))
        ASSERT_TRUE(QFile::copy(source.filePath(name), QDir(copy).filePath(name)));
    Result r = coroscope({QStringLiteral("lessons"), QStringLiteral("--check"), root.path()});
    ASSERT_EQ(r.exitCode, 0) << r.out.toStdString();

    // A script that imports os: refused by the sandbox, found without running.
    QFile script(QDir(copy).filePath(QStringLiteral("serve_async.py")));
    ASSERT_TRUE(script.open(QIODevice::Append));
    script.write("import os\n");
    script.close();
    const int line = static_cast<int>(QString::fromUtf8([&] {
                                          QFile f(script.fileName());
                                          f.open(QIODevice::ReadOnly);
                                          return f.readAll();
                                      }())
                                          .count(QLatin1Char('\n')));
    r = coroscope({QStringLiteral("lessons"), QStringLiteral("--check"), root.path()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.contains(QStringLiteral("alpha/serve_async.py:%1:8: module 'os' is not "
                                              "available in scenarios")
                                   .arg(line)))
        << r.out.toStdString();
}

TEST(CommandLine, ListsTheBuiltInLessonsWithoutADisplay) {
    const Result r = coroscope({QStringLiteral("lessons")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    // One line per lesson folder of the source tree, each "id<TAB>title".
    QStringList expected;
    for (const QFileInfo& dir : QDir(QStringLiteral(COROSCOPE_LESSONS_DIR))
                                    .entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (QFileInfo::exists(dir.filePath() + QStringLiteral("/lesson.json")))
            expected << dir.fileName();
    ASSERT_FALSE(expected.isEmpty());
    QStringList listed;
    for (const QString& line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        ASSERT_EQ(fields.size(), 2) << line.toStdString();
        EXPECT_FALSE(fields[1].trimmed().isEmpty()) << line.toStdString();
        listed << fields[0];
    }
    expected.sort();
    listed.sort();
    EXPECT_EQ(listed, expected);
}

TEST(CommandLine, AnUnknownOptionIsAClearErrorWithStatusTwo) {
    Result r = coroscope({QStringLiteral("--frobnicate")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("frobnicate")));
    r = coroscope({QStringLiteral("lessons"), QStringLiteral("--frobnicate")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("frobnicate")));
    r = coroscope({QStringLiteral("--lang"), QStringLiteral("xx")});
    EXPECT_EQ(r.exitCode, 2);
}

TEST(CommandLine, HelpNeedsNoDisplay) {
    const Result r = coroscope({QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("--lang")));
}

// A mistyped moment or script number is named and refused before any window
// opens, so nothing is half-shown on a projector.
TEST(CommandLine, AnAbsurdTimeOrScriptNumberIsNamedAndRefused) {
    const Result time = coroscope({QStringLiteral("--at"), QStringLiteral("soon")});
    EXPECT_EQ(time.exitCode, 2);
    EXPECT_TRUE(time.err.contains(QStringLiteral("--at 'soon'"))) << time.err.toStdString();
    EXPECT_TRUE(time.err.contains(QStringLiteral("such as 0.5")));

    const Result negative = coroscope({QStringLiteral("--at"), QStringLiteral("-3")});
    EXPECT_EQ(negative.exitCode, 2);

    const Result script = coroscope({QStringLiteral("--script"), QStringLiteral("0")});
    EXPECT_EQ(script.exitCode, 2);
    EXPECT_TRUE(script.err.contains(QStringLiteral("--script '0'"))) << script.err.toStdString();
}
