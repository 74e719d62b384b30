// SPDX-License-Identifier: MIT
#include "model/lesson_loader.h"
#include "model/narration_text.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace coroscope;

namespace {

QString fixture(const char* path) {
    return QDir(QStringLiteral(COROSCOPE_FIXTURES)).filePath(QString::fromLatin1(path));
}

const LessonProblem* problemIn(const std::vector<LessonProblem>& problems, const QString& folder) {
    for (const LessonProblem& p : problems)
        if (p.folder.endsWith(folder)) return &p;
    return nullptr;
}

} // namespace

TEST(LessonLoader, LoadsEveryGoodFolderInLessonOrder) {
    const LessonCatalog catalog = LessonLoader(parserScriptChecker()).loadRoots({fixture("good")});
    EXPECT_TRUE(catalog.problems.empty());
    ASSERT_EQ(catalog.lessons.size(), 2u);
    EXPECT_EQ(catalog.lessons[0].id, QStringLiteral("beta"));  // order 1
    EXPECT_EQ(catalog.lessons[1].id, QStringLiteral("alpha")); // order 2
}

TEST(LessonLoader, ReadsEveryPartOfTheLessonFormat) {
    std::vector<LessonProblem> problems;
    const auto lesson = LessonLoader().loadFolder(fixture("good/alpha"), problems);
    ASSERT_TRUE(lesson.has_value());
    EXPECT_TRUE(problems.empty());
    EXPECT_EQ(lesson->title.in(QStringLiteral("uk")), QStringLiteral("Альфа"));
    EXPECT_EQ(lesson->title.in(QStringLiteral("pt")), QStringLiteral("Alfa"));  // pt finds pt_BR
    EXPECT_EQ(lesson->title.in(QStringLiteral("de")), QStringLiteral("Alpha")); // else English
    EXPECT_EQ(lesson->view, QStringLiteral("restaurant"));
    ASSERT_EQ(lesson->scripts.size(), 2u);
    EXPECT_TRUE(lesson->scripts[0].source.contains(QStringLiteral("sim.blocking")));
    EXPECT_TRUE(lesson->compare);
    ASSERT_EQ(lesson->parameters.size(), 3u);
    EXPECT_EQ(lesson->parameters[1].unit, QStringLiteral("s"));
    EXPECT_EQ(lesson->parameters[1].pythonLiteral(0.5), QStringLiteral("0.5"));
    EXPECT_EQ(lesson->parameters[0].pythonLiteral(3), QStringLiteral("3"));
    EXPECT_EQ(lesson->parameters[2].type, LessonParameter::Type::Bool);
    EXPECT_EQ(lesson->parameters[2].pythonLiteral(1), QStringLiteral("True"));
    ASSERT_EQ(lesson->narration.size(), 6u);
    EXPECT_EQ(lesson->narration[1].trigger.kind, NarrationTrigger::Kind::Line);
    EXPECT_EQ(lesson->narration[1].trigger.line, 6);
    EXPECT_EQ(lesson->narration[2].trigger.kind, NarrationTrigger::Kind::Key);
    EXPECT_DOUBLE_EQ(lesson->narration[3].trigger.seconds, 0.75);
    EXPECT_EQ(lesson->stepsOf(0), (std::vector<int>{0, 1, 2, 3, 4}));
    EXPECT_EQ(lesson->stepsOf(1), (std::vector<int>{5}));
    EXPECT_EQ(lesson->narrationFor(QStringLiteral("kitchen"), QStringLiteral("uk")),
              QStringLiteral("The waiter stands at the kitchen (uk)."));
    ASSERT_EQ(lesson->questions.size(), 1u);
    EXPECT_EQ(lesson->questions[0].measure, Measure::TotalTime);
    EXPECT_EQ(lesson->questions[0].choices.size(), 2u);
}

TEST(LessonLoader, ListsABrokenFolderWithItsFileAndReasonAndStillLoadsTheOthers) {
    const LessonCatalog catalog =
        LessonLoader(parserScriptChecker()).loadRoots({fixture("good"), fixture("broken")});
    EXPECT_EQ(catalog.lessons.size(), 2u);

    const LessonProblem* json = problemIn(catalog.problems, QStringLiteral("bad-json"));
    ASSERT_NE(json, nullptr);
    EXPECT_EQ(json->file, QStringLiteral("lesson.json"));
    EXPECT_GE(json->line, 5); // at the trailing comma or the brace after it
    EXPECT_LE(json->line, 6);
    EXPECT_TRUE(json->reason.contains(QStringLiteral("JSON")));

    const LessonProblem* missing = problemIn(catalog.problems, QStringLiteral("missing-script"));
    ASSERT_NE(missing, nullptr);
    EXPECT_EQ(missing->file, QStringLiteral("nowhere.py"));

    const LessonProblem* trigger = problemIn(catalog.problems, QStringLiteral("unknown-trigger"));
    ASSERT_NE(trigger, nullptr);
    EXPECT_TRUE(trigger->reason.contains(QStringLiteral("whenever")));

    const LessonProblem* id = problemIn(catalog.problems, QStringLiteral("wrong-id"));
    ASSERT_NE(id, nullptr);
    EXPECT_TRUE(id->reason.contains(QStringLiteral("not-the-folder")));
    EXPECT_TRUE(id->describe().startsWith(QStringLiteral("wrong-id/lesson.json: ")));
}

TEST(LessonLoader, AScriptThatDoesNotParseIsReportedAtItsLine) {
    std::vector<LessonProblem> problems;
    EXPECT_FALSE(
        LessonLoader(parserScriptChecker()).loadFolder(fixture("broken/bad-parse"), problems));
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].file, QStringLiteral("broken.py"));
    EXPECT_GE(problems[0].line, 5);
    EXPECT_LE(problems[0].line, 6);
}

TEST(LessonLoader, ATeachersCopyReplacesTheBuiltInLessonOfTheSameId) {
    QTemporaryDir user;
    ASSERT_TRUE(user.isValid());
    const QString copy = QDir(user.path()).filePath(QStringLiteral("beta"));
    ASSERT_TRUE(QDir().mkpath(copy));
    QFile::copy(fixture("good/beta/hello.py"), QDir(copy).filePath(QStringLiteral("hello.py")));
    QFile json(QDir(copy).filePath(QStringLiteral("lesson.json")));
    ASSERT_TRUE(json.open(QIODevice::WriteOnly));
    json.write(
        R"({"id": "beta", "order": 1, "title": {"en": "My beta"}, "scripts": [{"file": "hello.py"}]})");
    json.close();
    const LessonCatalog catalog = LessonLoader().loadRoots({fixture("good"), user.path()});
    ASSERT_NE(catalog.find(QStringLiteral("beta")), nullptr);
    EXPECT_EQ(catalog.find(QStringLiteral("beta"))->title.in(QStringLiteral("en")),
              QStringLiteral("My beta"));
}

TEST(NarrationText, SplitsSectionsByTheirHeadings) {
    const auto sections =
        splitNarration(QStringLiteral("# Title\nignored\n\n## intro\nFirst.\nSecond "
                                      "line.\n\n```\n## not a heading\n```\n## end\nLast.\n"));
    ASSERT_EQ(sections.size(), 2);
    EXPECT_TRUE(
        sections.value(QStringLiteral("intro")).startsWith(QStringLiteral("First.\nSecond line.")));
    EXPECT_TRUE(
        sections.value(QStringLiteral("intro")).contains(QStringLiteral("## not a heading")));
    EXPECT_EQ(sections.value(QStringLiteral("end")), QStringLiteral("Last."));
}
