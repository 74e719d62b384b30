// SPDX-License-Identifier: MIT
#pragma once

#include "model/lesson.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace coroscope {

// Something wrong with a lesson folder: the file, where in it, and why.
struct LessonProblem {
    QString folder; // the lesson folder
    QString file;   // the file at fault, relative to the folder
    int line = 0;   // 0 when not about a line
    int column = 0;
    QString reason;

    // "gather/lesson.json:12:3: reason"
    QString describe() const;
};

// What checking a script found wrong, if anything: the first error.
struct ScriptIssue {
    int line = 0;
    int column = 0;
    int endLine = 0;
    int endColumn = 0;
    QString message;
};
using ScriptChecker =
    std::function<std::optional<ScriptIssue>(const QString& fileName, const QString& source)>;

// The lessons found, and the folders that could not be loaded (with why).
struct LessonCatalog {
    std::vector<Lesson> lessons; // sorted by order, then id
    std::vector<LessonProblem> problems;
    const Lesson* find(const QString& id) const;
};

// Reads lesson folders in the format of lessons/README.md. A folder with any
// problem is left out and reported; the others still load.
class LessonLoader {
    Q_DECLARE_TR_FUNCTIONS(LessonLoader)

public:
    static constexpr const char* kBuiltInRoot = ":/lessons";

    // How much a folder must have. Loading shows a lesson that has what it
    // needs (English texts will do); Complete is what `coroscope lessons
    // --check` asks of a lesson to publish: every text in every language and
    // a narration.
    enum class Checking { Load, Complete };

    explicit LessonLoader(ScriptChecker checker = {}, Checking checking = Checking::Load);

    // One folder. Problems are appended to `problems`; the lesson is
    // returned only if there were none.
    std::optional<Lesson> loadFolder(const QString& folder,
                                     std::vector<LessonProblem>& problems) const;
    // Every sub-folder of each root that holds a lesson.json; a later root's
    // lesson with the id of an earlier one is reported and left out (a
    // shared folder cannot take a built-in lesson's place).
    LessonCatalog loadRoots(const QStringList& roots) const;
    // The built-in lessons, then the user's.
    static QStringList defaultRoots();

private:
    ScriptChecker m_checker;
    Checking m_checking;
};

// The scenario language's checkScript (engine/script/checks/check.h): syntax,
// compile-time errors, the sandbox and what the interpreter refuses.
ScriptChecker scriptChecker();

// The names a script assigns at its top level, which a lesson's parameters
// override (the same list `coroscope run` accepts); empty when it does not
// parse.
QStringList topLevelNamesOf(const QString& fileName, const QString& source);

} // namespace coroscope
