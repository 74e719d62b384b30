// SPDX-License-Identifier: MIT
// The built-in lessons, run for real through the interpreter: every script
// runs, every narration step's trigger happens, and every predict-first
// question is answered by its run the way the lesson says.
#include "model/lesson_loader.h"
#include "model/measure.h"
#include "model/narration_schedule.h"
#include "render_support.h"
#include "ui/playback/lesson_runner.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace coroscope;

namespace {

ScriptJob jobFor(const Lesson& lesson, const LessonScript& script) {
    return ScriptJob{script.file, script.source, lesson.parametersFor(script.source),
                     lesson.watchedLines(lesson.scriptIndex(script.file))};
}

// The exit status a script's first line asks for (`# expect-exit: N`, the
// differential suite's convention), or 0: a lesson script that raises where
// its lesson does not expect it is a broken lesson, not a run.
int expectedExit(const LessonScript& script) {
    static const QRegularExpression header(QStringLiteral("^#\\s*expect-exit:\\s*(\\d+)\\s*$"));
    const QString first = script.source.section(QLatin1Char('\n'), 0, 0);
    const QRegularExpressionMatch m = header.match(first);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

LessonCatalog builtIn() {
    return LessonLoader(scriptChecker()).loadRoots({QStringLiteral(COROSCOPE_LESSONS_DIR)});
}

} // namespace

TEST(BuiltInLessons, EveryFolderLoadsWithoutAProblem) {
    const LessonCatalog catalog = builtIn();
    for (const LessonProblem& p : catalog.problems)
        ADD_FAILURE() << p.describe().toStdString();
    EXPECT_FALSE(catalog.lessons.empty());
}

TEST(BuiltInLessons, EveryScriptRunsToTheEndItsLessonExpects) {
    const LessonCatalog catalog = builtIn();
    ASSERT_FALSE(catalog.lessons.empty());
    for (const Lesson& lesson : catalog.lessons)
        for (const LessonScript& script : lesson.scripts) {
            const auto run = LessonRunner::runNow(jobFor(lesson, script));
            const std::string where = lesson.id.toStdString() + "/" + script.file.toStdString();
            EXPECT_EQ(run->exitStatus, expectedExit(script))
                << where << ": "
                << (run->problems.empty() ? std::string() : run->problems[0].message) << run->err;
            EXPECT_FALSE(run->out.empty()) << where << " printed nothing";
        }
}

// Every step belongs to one script, and in that script's run each step is
// reached (or waits for the presenter's key), once, in the order the lesson
// tells them: a step that fired before the one listed above it would pause
// the run at the wrong moment.
TEST(BuiltInLessons, EveryNarrationStepIsReachedOnceInOrder) {
    const LessonCatalog catalog = builtIn();
    for (const Lesson& lesson : catalog.lessons) {
        std::vector<int> timesScheduled(lesson.narration.size(), 0);
        for (std::size_t i = 0; i < lesson.scripts.size(); ++i) {
            const LessonScript& script = lesson.scripts[i];
            const auto run = LessonRunner::runNow(jobFor(lesson, script));
            ASSERT_TRUE(run->ran()) << lesson.id.toStdString() << "/" << script.file.toStdString();
            std::uint64_t previous = 0;
            for (const NarrationCue& cue :
                 scheduleNarration(lesson, static_cast<int>(i), run->trace)) {
                const std::string where =
                    lesson.id.toStdString() + "/" + script.file.toStdString() + ": step '" +
                    lesson.narration[static_cast<std::size_t>(cue.step)].id.toStdString() + "'";
                ++timesScheduled[static_cast<std::size_t>(cue.step)];
                EXPECT_TRUE(cue.at.has_value() || cue.onKey) << where << " is never reached";
                if (!cue.at) continue;
                EXPECT_GE(cue.at->seq, previous)
                    << where << " fires before the step told before it";
                previous = cue.at->seq;
            }
        }
        for (std::size_t step = 0; step < timesScheduled.size(); ++step)
            EXPECT_EQ(timesScheduled[step], 1)
                << lesson.id.toStdString() << ": step '" << lesson.narration[step].id.toStdString()
                << "' is scheduled " << timesScheduled[step] << " times";
    }
}

// Each lesson speaks every language of the interface: its title, summary and
// every narration step, and a translation is not the English text again.
TEST(BuiltInLessons, EveryLessonIsWrittenInEveryLanguage) {
    const LessonCatalog catalog = builtIn();
    for (const Lesson& lesson : catalog.lessons) {
        const std::string id = lesson.id.toStdString();
        for (const QString& language :
             {QStringLiteral("en"), QStringLiteral("pt_BR"), QStringLiteral("uk")}) {
            const std::string lang = language.toStdString();
            EXPECT_FALSE(lesson.title.byLanguage.value(language).isEmpty())
                << id << " title " << lang;
            EXPECT_FALSE(lesson.summary.byLanguage.value(language).isEmpty())
                << id << " summary " << lang;
            for (const NarrationStep& step : lesson.narration) {
                const QString text = lesson.narrationText.value(language).value(step.id);
                EXPECT_FALSE(text.trimmed().isEmpty())
                    << id << ": step '" << step.id.toStdString() << "' has no " << lang << " text";
                if (language != QStringLiteral("en")) {
                    EXPECT_NE(text, lesson.narrationText.value(QStringLiteral("en")).value(step.id))
                        << id << ": step '" << step.id.toStdString() << "' in " << lang
                        << " is the English text";
                }
            }
        }
    }
}

TEST(BuiltInLessons, EveryPredictFirstQuestionIsAnsweredByItsRunAsTheLessonSays) {
    const LessonCatalog catalog = builtIn();
    for (const Lesson& lesson : catalog.lessons) {
        for (const Question& q : lesson.questions) {
            const int index = lesson.scriptIndex(q.before);
            ASSERT_GE(index, 0);
            const auto run = LessonRunner::runNow(
                jobFor(lesson, lesson.scripts[static_cast<std::size_t>(index)]));
            ASSERT_TRUE(run->ran());
            const Measured m = measureRun(run->trace, q.measure);
            const int answer = nearestChoice(q, m);
            ASSERT_GE(answer, 0) << lesson.id.toStdString() << "/" << q.id.toStdString();
            EXPECT_EQ(q.choices[static_cast<std::size_t>(answer)].id, q.correct)
                << lesson.id.toStdString() << "/" << q.id.toStdString() << " measured " << m.number
                << " " << m.text.toStdString();
        }
    }
}
