// SPDX-License-Identifier: MIT
#include "ui/panels/parameters_panel.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace coroscope {

namespace {
// The wheel turns a control only once it has been clicked or tabbed to:
// scrolling over the panel (or the page) must not re-run the lesson with a
// parameter changed by accident. An unfocused control passes the wheel on
// to the scroll area.
class WheelOnlyWithFocus final : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() != QEvent::Wheel) return false;
        auto* w = qobject_cast<QWidget*>(watched);
        if (!w || w->hasFocus()) return false;
        event->ignore();
        return true;
    }
};
} // namespace

ParametersPanel::ParametersPanel(QWidget* parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_empty(new QLabel(this))
    , m_reset(new QPushButton(this))
    , m_wheelFilter(new WheelOnlyWithFocus(this)) {
    // The controls scroll, so a lesson with many parameters does not make
    // the bottom row of panels tall on a small screen.
    auto* content = new QWidget;
    auto* inner = new QVBoxLayout(content);
    inner->setContentsMargins(8, 6, 8, 6);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    inner->addLayout(m_form);
    inner->addWidget(m_empty);
    inner->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_reset);
    inner->addLayout(buttons);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    m_empty->setWordWrap(true);
    connect(m_reset, &QPushButton::clicked, this, [this] {
        for (const LessonParameter& p : m_parameters)
            m_values[p.name] = p.defaultValue;
        rebuild();
        Q_EMIT valuesChanged(m_values);
    });
    retranslate();
}

void ParametersPanel::setParameters(const std::vector<LessonParameter>& parameters,
                                    const QMap<QString, double>& values, const QString& language) {
    m_parameters = parameters;
    m_values = values;
    m_language = language;
    for (const LessonParameter& p : m_parameters)
        if (!m_values.contains(p.name)) m_values[p.name] = p.defaultValue;
    rebuild();
}

void ParametersPanel::setValues(const QMap<QString, double>& values) {
    bool changed = false;
    for (const LessonParameter& p : m_parameters)
        if (values.contains(p.name) && values.value(p.name) != m_values.value(p.name)) {
            m_values[p.name] = values.value(p.name);
            changed = true;
        }
    if (changed) rebuild();
}

void ParametersPanel::rebuild() {
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_empty->setVisible(m_parameters.empty());
    m_reset->setVisible(!m_parameters.empty());
    for (const LessonParameter& p : m_parameters) {
        QString label = p.label.in(m_language);
        if (label.isEmpty()) label = p.name;
        const double value = m_values.value(p.name, p.defaultValue);
        const QString name = p.name;
        if (p.type == LessonParameter::Type::Bool) {
            auto* box = new QCheckBox;
            box->setChecked(value != 0);
            box->setToolTip(p.name);
            box->setObjectName(p.name);
            connect(box, &QCheckBox::toggled, this, [this, name](bool on) {
                m_values[name] = on ? 1 : 0;
                Q_EMIT valuesChanged(m_values);
            });
            m_form->addRow(label, box);
            continue;
        }
        auto* row = new QWidget;
        auto* h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        auto* slider = new QSlider(Qt::Horizontal);
        const double step = p.step > 0 ? p.step : (p.type == LessonParameter::Type::Int ? 1 : 0.01);
        // A value the learner wrote in the code outside the range widens it:
        // the controls show what the code says.
        LessonParameter range = p;
        range.minimum = std::min(p.minimum, value);
        range.maximum = std::max(p.maximum, value);
        const int steps =
            std::max(1, static_cast<int>(std::lround((range.maximum - range.minimum) / step)));
        slider->setRange(0, steps);
        slider->setValue(static_cast<int>(std::lround((value - range.minimum) / step)));
        QAbstractSpinBox* spin = nullptr;
        const QString suffix = p.unit.isEmpty() ? QString() : QStringLiteral(" ") + p.unit;
        if (p.type == LessonParameter::Type::Int) {
            auto* s = new QSpinBox;
            s->setRange(static_cast<int>(range.minimum), static_cast<int>(range.maximum));
            s->setSingleStep(static_cast<int>(std::max(1.0, step)));
            s->setValue(static_cast<int>(std::lround(value)));
            s->setSuffix(suffix);
            connect(s, &QSpinBox::valueChanged, this, [this, name, slider, range, step](int v) {
                const QSignalBlocker b(slider);
                slider->setValue(static_cast<int>(std::lround((v - range.minimum) / step)));
                m_values[name] = v;
                Q_EMIT valuesChanged(m_values);
            });
            connect(slider, &QSlider::valueChanged, s, [s, range, step](int k) {
                s->setValue(static_cast<int>(std::lround(range.minimum + k * step)));
            });
            spin = s;
        } else {
            auto* s = new QDoubleSpinBox;
            const int decimals =
                std::clamp(static_cast<int>(std::ceil(-std::log10(step) - 1e-9)), 0, 4);
            s->setDecimals(decimals);
            s->setRange(range.minimum, range.maximum);
            s->setSingleStep(step);
            s->setValue(value);
            s->setSuffix(suffix);
            connect(s, &QDoubleSpinBox::valueChanged, this,
                    [this, name, slider, range, step](double v) {
                        const QSignalBlocker b(slider);
                        slider->setValue(static_cast<int>(std::lround((v - range.minimum) / step)));
                        m_values[name] = v;
                        Q_EMIT valuesChanged(m_values);
                    });
            connect(slider, &QSlider::valueChanged, s,
                    [s, range, step](int k) { s->setValue(range.minimum + k * step); });
            spin = s;
        }
        spin->setToolTip(p.name);
        slider->setToolTip(p.name);
        spin->setObjectName(p.name);
        for (QWidget* control : {static_cast<QWidget*>(slider), static_cast<QWidget*>(spin)}) {
            control->setFocusPolicy(Qt::StrongFocus);
            control->installEventFilter(m_wheelFilter);
        }
        spin->setMinimumWidth(90);
        h->addWidget(slider, 1);
        h->addWidget(spin);
        m_form->addRow(label, row);
    }
}

void ParametersPanel::retranslate() {
    m_empty->setText(tr("This lesson has no parameters."));
    m_reset->setText(tr("Defaults"));
    m_reset->setToolTip(tr("Put every parameter back to the lesson's value"));
}

void ParametersPanel::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(e);
}

} // namespace coroscope
