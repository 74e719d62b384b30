// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace coroscope {

// The views a lesson (its "view") or the command line (--view) can bring
// forward. kLessonViews is the one list of their names: the loader, the
// command line and the window all read it.
enum class LessonView { Restaurant, Timeline, Code, Compare };

struct LessonViewName {
    LessonView view;
    const char* name;
};

inline constexpr LessonViewName kLessonViews[] = {{LessonView::Restaurant, "restaurant"},
                                                  {LessonView::Timeline, "timeline"},
                                                  {LessonView::Code, "code"},
                                                  {LessonView::Compare, "compare"}};

// The view with this name, if any.
std::optional<LessonView> lessonViewNamed(const QString& name);
QString lessonViewName(LessonView view);
// Every name, in kLessonViews' order.
QStringList lessonViewNames();
// "restaurant, timeline, code or compare": the names for a message.
QString lessonViewNamesListed(const QString& lastSeparator);

} // namespace coroscope
