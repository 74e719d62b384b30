// SPDX-License-Identifier: MIT
#pragma once

#include "model/lesson.h"

#include <QMap>
#include <QWidget>

#include <vector>

class QFormLayout;
class QPushButton;
class QLabel;

namespace coroscope {

// The current script's parameters as controls: a slider and a spin box with
// its unit for a number, a check box for a flag. A change is reported at
// once; the caller decides when to run again. The wheel changes a control
// only when it has the focus. Each spin box and check box is named after
// its parameter.
class ParametersPanel : public QWidget {
    Q_OBJECT

public:
    explicit ParametersPanel(QWidget* parent = nullptr);

    void setParameters(const std::vector<LessonParameter>& parameters,
                       const QMap<QString, double>& values, const QString& language);
    QMap<QString, double> values() const { return m_values; }
    // The controls follow these values (a constant edited in the code),
    // without reporting a change.
    void setValues(const QMap<QString, double>& values);
    // The parameters shown.
    const std::vector<LessonParameter>& parameters() const { return m_parameters; }
    void retranslate();

Q_SIGNALS:
    void valuesChanged(const QMap<QString, double>& values);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    std::vector<LessonParameter> m_parameters;
    QMap<QString, double> m_values;
    QString m_language;
    QFormLayout* m_form;
    QLabel* m_empty;
    QPushButton* m_reset;
    QObject* m_wheelFilter; // on every slider and spin box
};

} // namespace coroscope
