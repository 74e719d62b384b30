// SPDX-License-Identifier: MIT
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace coroscope {

// A text given in several languages ("en", "pt_BR", "uk").
struct LocalizedText {
    QMap<QString, QString> byLanguage;

    // The text in `language`, else in English, else in any language given.
    QString in(const QString& language) const;
    bool isEmpty() const { return byLanguage.isEmpty(); }
};

struct LessonScript {
    QString file;
    LocalizedText label;
    QString source; // the script as shipped
};

struct LessonParameter {
    enum class Type { Int, Float, Bool };
    QString name; // an UPPER_CASE constant of the scripts, or machine.*
    Type type = Type::Int;
    double defaultValue = 0;
    double minimum = 0;
    double maximum = 1;
    double step = 1;
    QString unit;
    LocalizedText label;

    // The value as a Python literal, as the interpreter takes it.
    QString pythonLiteral(double value) const;
};

struct NarrationTrigger {
    enum class Kind { Start, Line, TaskDone, AtTime, Key };
    Kind kind = Kind::Start;
    QString script; // empty: the lesson's first script
    int line = 0;
    QString task;
    double seconds = 0;
};

struct NarrationStep {
    QString id;
    NarrationTrigger trigger;
};

enum class Measure { TotalTime, PeakMemory, Workers, FirstDone };

struct QuestionChoice {
    QString id;
    double value = 0;
    QString textValue; // for firstDone
    LocalizedText text;
    // How much `value` grows for each unit a parameter is above its default
    // (bytes per connection): the choice stays right for the run the
    // question is put about.
    QMap<QString, double> grows{};
};

struct Question {
    QString id;
    QString before; // the script it is asked before
    LocalizedText prompt;
    Measure measure = Measure::TotalTime;
    std::vector<QuestionChoice> choices;
    QString correct;
};

// One lesson, as its folder describes it (see lessons/README.md).
struct Lesson {
    QString id;
    int order = 0;
    LocalizedText title;
    LocalizedText summary;
    QString view = QStringLiteral("restaurant");
    std::vector<LessonScript> scripts;
    bool compare = false;
    std::vector<LessonParameter> parameters;
    std::vector<NarrationStep> narration;
    std::vector<Question> questions;
    // narration text: language -> step id -> Markdown
    QMap<QString, QMap<QString, QString>> narrationText;
    QString folder; // where it was loaded from (a path or a ":/" resource)
    bool builtIn = false;

    int scriptIndex(const QString& file) const;
    // The Markdown of a step in `language`, else English.
    QString narrationFor(const QString& stepId, const QString& language) const;
    // The narration steps that belong to a script (a step without `script`
    // belongs to the first one).
    std::vector<int> stepsOf(int scriptIndex) const;
    // The lines a script's narration starts at: the run reports when each
    // is first reached, even where no task changes state.
    std::vector<std::uint32_t> watchedLines(int scriptIndex) const;
    // The parameters a script takes: every machine.* one, and the constants
    // the script assigns at its top level (a lesson's scripts need not all
    // have every constant).
    std::vector<LessonParameter> parametersOf(const QString& source) const;
    // What the run is given, as (name, Python literal): every machine.*
    // parameter, and each constant the script assigns a plain literal (an
    // expression the learner wrote is not overridden). `values` overrides
    // the defaults.
    std::vector<std::pair<std::string, std::string>>
    parametersFor(const QString& source, const QMap<QString, double>& values = {}) const;
};

} // namespace coroscope
