// SPDX-License-Identifier: MIT
// The built-in lessons, run for real through the interpreter: every script
// runs, every narration step's trigger happens, and every predict-first
// question is answered by its run the way the lesson says.
#include "lesson_loader.h"
#include "lesson_runner.h"
#include "measure.h"
#include "narration_schedule.h"
#include "render_support.h"

#include <gtest/gtest.h>

using namespace coroscope;

namespace {

ScriptJob jobFor(const Lesson& lesson, const LessonScript& script) {
    ScriptJob job{script.file, script.source, {}};
    for (const LessonParameter& p : lesson.parameters)
        job.params.emplace_back(p.name.toStdString(),
                                p.pythonLiteral(p.defaultValue).toStdString());
    return job;
}

LessonCatalog builtIn() {
    return LessonLoader(parserScriptChecker()).loadRoots({QStringLiteral(COROSCOPE_LESSONS_DIR)});
}

} // namespace

TEST(BuiltInLessons, EveryFolderLoadsWithoutAProblem) {
    const LessonCatalog catalog = builtIn();
    for (const LessonProblem& p : catalog.problems)
        ADD_FAILURE() << p.describe().toStdString();
    EXPECT_FALSE(catalog.lessons.empty());
}

TEST(BuiltInLessons, EveryScriptRunsAndEveryNarrationStepIsReached) {
    if (!LessonRunner::available()) GTEST_SKIP() << "this build has no interpreter";
    const LessonCatalog catalog = builtIn();
    for (const Lesson& lesson : catalog.lessons) {
        for (std::size_t i = 0; i < lesson.scripts.size(); ++i) {
            const LessonScript& script = lesson.scripts[i];
            const auto run = LessonRunner::runNow(jobFor(lesson, script));
            const std::string where = lesson.id.toStdString() + "/" + script.file.toStdString();
            ASSERT_TRUE(run->ran())
                << where << ": "
                << (run->problems.empty() ? std::string() : run->problems[0].message);
            for (const NarrationCue& cue :
                 scheduleNarration(lesson, static_cast<int>(i), run->trace))
                EXPECT_TRUE(cue.at.has_value() || cue.onKey)
                    << where << ": narration step '"
                    << lesson.narration[static_cast<std::size_t>(cue.step)].id.toStdString()
                    << "' is never reached";
        }
    }
}

TEST(BuiltInLessons, EveryPredictFirstQuestionIsAnsweredByItsRunAsTheLessonSays) {
    if (!LessonRunner::available()) GTEST_SKIP() << "this build has no interpreter";
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
