// SPDX-License-Identifier: MIT
#pragma once

#include <QMap>
#include <QString>

namespace coroscope {

// Splits a narration.<lang>.md file into its sections: each starts with a
// line "## <step id>" and runs to the next such line. Text before the first
// heading (a title, a comment) belongs to no step.
QMap<QString, QString> splitNarration(const QString& markdown);

} // namespace coroscope
