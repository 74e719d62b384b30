// SPDX-License-Identifier: MIT
#include "model/lesson_loader.h"
#include "model/narration_text.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <map>

#include <gtest/gtest.h>

using namespace coroscope;

namespace {

QString fixture(const char* path) {
    return QDir(QStringLiteral(COROSCOPE_FIXTURES)).filePath(QString::fromLatin1(path));
}

// A lesson folder named `id` in `root`, with the given files.
QString writeLesson(const QTemporaryDir& root, const QString& id,
                    const std::map<QString, QByteArray>& files) {
    QString folder = QDir(root.path()).filePath(id);
    QDir().mkpath(folder);
    for (const auto& [name, content] : files) {
        QFile f(QDir(folder).filePath(name));
        if (f.open(QIODevice::WriteOnly)) f.write(content);
    }
    return folder;
}

// The problems of one folder, loaded with the scenario language's checks.
std::vector<LessonProblem>
problemsOf(const QString& folder, LessonLoader::Checking checking = LessonLoader::Checking::Load) {
    std::vector<LessonProblem> problems;
    const auto lesson = LessonLoader(scriptChecker(), checking).loadFolder(folder, problems);
    EXPECT_EQ(lesson.has_value(), problems.empty());
    return problems;
}

// Whether some problem's reason contains `text`.
bool mentions(const std::vector<LessonProblem>& problems, const QString& text) {
    for (const LessonProblem& p : problems)
        if (p.reason.contains(text)) return true;
    return false;
}

QString describeAll(const std::vector<LessonProblem>& problems) {
    QString out;
    for (const LessonProblem& p : problems)
        out += p.describe() + QLatin1Char('\n');
    return out;
}

const QByteArray kMinimalJson =
    R"({"id": "mini", "order": 1, "title": {"en": "Mini"}, "scripts": [{"file": "a.py"}]})";

const LessonProblem* problemIn(const std::vector<LessonProblem>& problems, const QString& folder) {
    for (const LessonProblem& p : problems)
        if (p.folder.endsWith(folder)) return &p;
    return nullptr;
}

} // namespace

TEST(LessonLoader, LoadsEveryGoodFolderInLessonOrder) {
    const LessonCatalog catalog = LessonLoader(scriptChecker()).loadRoots({fixture("good")});
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
        LessonLoader(scriptChecker()).loadRoots({fixture("good"), fixture("broken")});
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
    EXPECT_FALSE(LessonLoader(scriptChecker()).loadFolder(fixture("broken/bad-parse"), problems));
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].file, QStringLiteral("broken.py"));
    EXPECT_GE(problems[0].line, 5);
    EXPECT_LE(problems[0].line, 6);
}

// A shared folder could otherwise show its own scripts under the title of a
// lesson the class knows; the first lesson of an id stays.
TEST(LessonLoader, ALaterLessonWithAnIdAlreadyLoadedIsReportedNotPutInItsPlace) {
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
              QStringLiteral("Beta"));
    ASSERT_EQ(catalog.problems.size(), 1u);
    EXPECT_EQ(catalog.problems[0].folder, copy);
    EXPECT_TRUE(catalog.problems[0].reason.contains(
        QStringLiteral("\"id\" \"beta\" is also the id of the lesson in %1, so this folder was "
                       "not loaded")
            .arg(fixture("good/beta"))))
        << catalog.problems[0].describe().toStdString();
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

// The loader checks scripts with checkScript: what a run would refuse is
// reported with its file and line when the lesson loads, not when it runs.
TEST(LessonLoader, ASandboxRefusalIsReportedAtItsFileAndLine) {
    QTemporaryDir root;
    const QString folder =
        writeLesson(root, QStringLiteral("mini"),
                    {{QStringLiteral("lesson.json"), kMinimalJson},
                     {QStringLiteral("a.py"), "import asyncio\nimport os\nprint(os.getcwd())\n"}});
    const std::vector<LessonProblem> problems = problemsOf(folder);
    ASSERT_EQ(problems.size(), 1u) << describeAll(problems).toStdString();
    EXPECT_EQ(problems[0].file, QStringLiteral("a.py"));
    EXPECT_EQ(problems[0].line, 2);
    EXPECT_EQ(problems[0].column, 8);
    EXPECT_TRUE(problems[0].reason.contains(QStringLiteral("module 'os' is not available")));
    EXPECT_TRUE(problems[0].reason.contains(QStringLiteral("operating system")))
        << problems[0].reason.toStdString(); // the hint comes along
}

TEST(LessonLoader, ALiteralOnlyTheInterpreterRefusedIsReportedAtItsLine) {
    QTemporaryDir root;
    const QString folder = writeLesson(
        root, QStringLiteral("mini"),
        {{QStringLiteral("lesson.json"), kMinimalJson},
         {QStringLiteral("a.py"), "LIMIT = 10\nBIG = 123456789012345678901234567890\n"}});
    const std::vector<LessonProblem> problems = problemsOf(folder);
    ASSERT_EQ(problems.size(), 1u) << describeAll(problems).toStdString();
    EXPECT_EQ(problems[0].describe(),
              QStringLiteral("mini/a.py:2:7: integers beyond 64 bits are not supported "
                             "(Coroscope's integers go up to 9223372036854775807; use a float "
                             "for larger numbers)"));
}

TEST(LessonLoader, UnknownFieldsDuplicateAndUnlistedScriptsAreProblems) {
    QTemporaryDir root;
    const QString folder =
        writeLesson(root, QStringLiteral("mini"),
                    {{QStringLiteral("lesson.json"),
                      R"({"id": "mini", "order": 1.5, "title": {"en": "Mini"}, "compare": "yes",
              "narattion": [], "scripts": [{"file": "a.py"}, {"file": "a.py"},
              {"file": "sub/b.py"}]})"},
                     {QStringLiteral("a.py"), "print(1)\n"},
                     {QStringLiteral("extra.py"), "print(2)\n"}});
    const std::vector<LessonProblem> problems = problemsOf(folder);
    const std::string all = describeAll(problems).toStdString();
    EXPECT_TRUE(mentions(problems, QStringLiteral("unknown field \"narattion\""))) << all;
    EXPECT_TRUE(mentions(problems, QStringLiteral("\"order\" must be a whole number"))) << all;
    EXPECT_TRUE(mentions(problems, QStringLiteral("\"compare\" must be true or false"))) << all;
    EXPECT_TRUE(mentions(problems, QStringLiteral("\"a.py\" is listed twice"))) << all;
    EXPECT_TRUE(mentions(problems, QStringLiteral("script \"sub/b.py\" is in a sub-folder; a "
                                                  "lesson's files sit in the lesson folder itself "
                                                  "(move it there and write \"b.py\")")))
        << all;
    const auto unlisted = std::find_if(problems.begin(), problems.end(), [](const auto& p) {
        return p.file == QStringLiteral("extra.py");
    });
    ASSERT_NE(unlisted, problems.end()) << all;
    EXPECT_TRUE(unlisted->reason.contains(QStringLiteral("not listed")));
}

TEST(LessonLoader, ParametersAreCheckedAgainstTheScriptsAndTheMachineTable) {
    QTemporaryDir root;
    const QString folder = writeLesson(
        root, QStringLiteral("mini"),
        {{QStringLiteral("lesson.json"),
          R"({"id": "mini", "order": 1, "title": {"en": "Mini"}, "scripts": [{"file": "a.py"}],
              "parameters": [
                {"name": "CLIENTS", "type": "int", "default": 3, "min": 1, "max": 9},
                {"name": "WORKERS", "type": "int", "default": 2, "min": 1, "max": 9},
                {"name": "CLIENTS", "type": "int", "default": 3, "min": 1, "max": 9},
                {"name": "machine.gil", "type": "int", "default": 1, "min": 0, "max": 1},
                {"name": "machine.cores", "type": "int", "default": 4, "min": 0, "max": 8},
                {"name": "LATENCY", "type": "float", "default": 0.5, "min": 0, "max": 1,
                 "step": 0}]})"},
         {QStringLiteral("a.py"), "CLIENTS = 3\nLATENCY: float = 0.5\nprint(CLIENTS)\n"}});
    const std::vector<LessonProblem> problems = problemsOf(folder);
    const std::string all = describeAll(problems).toStdString();
    EXPECT_TRUE(mentions(problems, QStringLiteral("\"WORKERS\": no script assigns WORKERS")))
        << all;
    EXPECT_FALSE(mentions(problems, QStringLiteral("no script assigns CLIENTS"))) << all;
    EXPECT_FALSE(mentions(problems, QStringLiteral("no script assigns LATENCY"))) << all;
    EXPECT_TRUE(mentions(problems, QStringLiteral("\"CLIENTS\" is listed twice"))) << all;
    EXPECT_TRUE(mentions(problems, QStringLiteral("\"machine.gil\" must have type \"bool\"")))
        << all;
    EXPECT_TRUE(mentions(problems, QStringLiteral("\"machine.cores\": the range [0, 8] goes "
                                                  "beyond what the machine allows, [1, 1024]")))
        << all;
    EXPECT_TRUE(mentions(problems, QStringLiteral("\"step\" must be a positive number"))) << all;
    EXPECT_EQ(problems.size(), 5u) << all;
}

TEST(LessonLoader, ALineTriggerMustPointAtALineOfCode) {
    QTemporaryDir root;
    const QByteArray narration = "## code\nA.\n## blank\nB.\n## comment\nC.\n## past\nD.\n"
                                 "## extra\nE.\n";
    const QString folder = writeLesson(
        root, QStringLiteral("mini"),
        {{QStringLiteral("lesson.json"),
          R"({"id": "mini", "order": 1, "title": {"en": "Mini"}, "scripts": [{"file": "a.py"}],
              "narration": [
                {"id": "code", "trigger": {"kind": "line", "line": 3}},
                {"id": "blank", "trigger": {"kind": "line", "line": 2}},
                {"id": "comment", "trigger": {"kind": "line", "line": 1, "task": "main"}},
                {"id": "past", "trigger": {"kind": "line", "script": "a.py", "line": 4}}]})"},
         {QStringLiteral("a.py"), "# a comment\n\nprint(1)\n"},
         {QStringLiteral("narration.en.md"), narration},
         {QStringLiteral("narration.pt_BR.md"), narration},
         {QStringLiteral("narration.uk.md"), narration},
         {QStringLiteral("narration.de.md"), narration}});
    const std::vector<LessonProblem> problems = problemsOf(folder);
    const std::string all = describeAll(problems).toStdString();
    EXPECT_FALSE(mentions(problems, QStringLiteral("\"code\""))) << all;
    EXPECT_TRUE(mentions(problems, QStringLiteral("\"blank\": line 2 of a.py has no code"))) << all;
    EXPECT_TRUE(mentions(problems, QStringLiteral("\"comment\": line 1 of a.py has no code")))
        << all;
    EXPECT_TRUE(mentions(problems, QStringLiteral("a line trigger has no \"task\""))) << all;
    EXPECT_TRUE(mentions(problems, QStringLiteral("\"past\": a.py has 3 lines, not 4"))) << all;
    EXPECT_TRUE(mentions(problems, QStringLiteral("no narration step \"extra\""))) << all;
    EXPECT_TRUE(mentions(problems, QStringLiteral("\"de\", which is not a lesson language")))
        << all;
}

TEST(LessonLoader, TwoLessonsOfOneRootCannotShareAnOrder) {
    QTemporaryDir root;
    for (const char* id : {"first", "second"})
        writeLesson(root, QString::fromLatin1(id),
                    {{QStringLiteral("lesson.json"),
                      QByteArray(R"({"id": ")") + id +
                          R"(", "order": 3, "title": {"en": "T"}, "scripts": [{"file": "a.py"}]})"},
                     {QStringLiteral("a.py"), "print(1)\n"}});
    const LessonCatalog catalog = LessonLoader(scriptChecker()).loadRoots({root.path()});
    ASSERT_EQ(catalog.lessons.size(), 1u);
    EXPECT_EQ(catalog.lessons[0].id, QStringLiteral("first"));
    ASSERT_EQ(catalog.problems.size(), 1u);
    EXPECT_TRUE(catalog.problems[0].folder.endsWith(QStringLiteral("second")));
    EXPECT_TRUE(catalog.problems[0].reason.contains(QStringLiteral("lesson \"first\"")));
}

// Loading is content with English; a lesson to publish has every language.
TEST(LessonLoader, ACompleteLessonHasEveryTextInEveryLanguage) {
    QTemporaryDir root;
    const QString folder = writeLesson(
        root, QStringLiteral("mini"),
        {{QStringLiteral("lesson.json"),
          R"({"id": "mini", "order": 1, "title": {"en": "Mini"}, "scripts": [{"file": "a.py"}],
              "parameters": [{"name": "N", "type": "int", "default": 2}]})"},
         {QStringLiteral("a.py"), "N = 2\nprint(N)\n"}});
    EXPECT_TRUE(problemsOf(folder).empty());
    const std::vector<LessonProblem> problems =
        problemsOf(folder, LessonLoader::Checking::Complete);
    const std::string all = describeAll(problems).toStdString();
    EXPECT_TRUE(mentions(problems, QStringLiteral("\"title\" has no pt_BR text"))) << all;
    EXPECT_TRUE(mentions(problems, QStringLiteral("\"title\" has no uk text"))) << all;
    EXPECT_TRUE(mentions(problems, QStringLiteral("\"summary\" is missing"))) << all;
    EXPECT_TRUE(mentions(problems, QStringLiteral("the label of script \"a.py\""))) << all;
    EXPECT_TRUE(mentions(problems, QStringLiteral("\"view\" is missing"))) << all;
    EXPECT_TRUE(mentions(problems, QStringLiteral("\"narration\" must tell at least one step")))
        << all;
    EXPECT_TRUE(mentions(problems, QStringLiteral("the label of parameter \"N\""))) << all;
    EXPECT_TRUE(mentions(problems, QStringLiteral("parameter \"N\" needs \"min\" and \"max\"")))
        << all;
    EXPECT_TRUE(problemsOf(fixture("good/alpha"), LessonLoader::Checking::Complete).empty());
}
