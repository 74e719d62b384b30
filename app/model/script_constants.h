// SPDX-License-Identifier: MIT
#pragma once

#include "model/lesson.h"

#include <QMap>
#include <QString>

#include <optional>

namespace coroscope {

// A lesson's parameters are the UPPER_CASE constants its scripts assign at
// the top level (`LATENCY = 0.2`). The code shows the value the run uses:
// the panel writes into the assignment, and an edited assignment moves the
// panel. Only a plain literal is read or rewritten; an expression the
// learner writes is the learner's and is left alone.

// The value `source` assigns to the parameter, when it is a plain literal
// of its type (an int for Int, a number for Float, True/False for Bool).
std::optional<double> constantIn(const QString& source, const LessonParameter& parameter);

// The 1-based line of the parameter's top-level assignment, 0 when none.
int constantLine(const QString& source, const QString& name);

// `source` with the parameter's literal replaced by `value`; unchanged when
// it has no plain literal for it or that literal already has this value
// (so "0.50" typed by the learner stays as typed).
QString withConstant(const QString& source, const LessonParameter& parameter, double value);

// Every constant parameter in `values` written into `source`.
QString withConstants(const QString& source, const std::vector<LessonParameter>& parameters,
                      const QMap<QString, double>& values);

// `text` with each {NAME} of a parameter replaced by its value from
// `values` as `language` writes numbers (1,000 · 1.000 · 1 000).
QString fillParameters(const QString& text, const std::vector<LessonParameter>& parameters,
                       const QMap<QString, double>& values, const QString& language);
LocalizedText fillParameters(const LocalizedText& text,
                             const std::vector<LessonParameter>& parameters,
                             const QMap<QString, double>& values);
// The question as put about a run made with `values`: its prompt and
// choices filled in, each choice's value grown with the parameters.
Question fillParameters(const Question& question, const std::vector<LessonParameter>& parameters,
                        const QMap<QString, double>& values);

} // namespace coroscope
