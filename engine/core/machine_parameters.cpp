// SPDX-License-Identifier: MIT
#include "core/machine_parameters.h"

#include <cmath>
#include <sstream>

namespace coroscope {

namespace {

using Type = MachineParameter::Type;

// The bounds keep a lesson's slider and a command line to machines the
// scheduler models sensibly: a switch interval of zero would never let a
// thread run on.
constexpr MachineParameter kParameters[] = {
    {"machine.cores", "the number of CPU cores", Type::Int, 1, 1024, "",
     [](MachineConfig& m, double v) { m.cores = static_cast<int>(v); },
     [](const MachineConfig& m) { return static_cast<double>(m.cores); }},
    {"machine.gil", "whether Python code needs its process's GIL (1) or not (0)", Type::Bool, 0, 1,
     "", [](MachineConfig& m, double v) { m.gil = v != 0; },
     [](const MachineConfig& m) { return m.gil ? 1.0 : 0.0; }},
    {"machine.switch_interval", "how long a thread keeps the GIL once another thread waits for it",
     Type::Seconds, 0.0001, 1, "s",
     [](MachineConfig& m, double v) { m.switchInterval = seconds(v); },
     [](const MachineConfig& m) { return toSeconds(m.switchInterval); }},
    {"machine.process_startup", "how long a new process takes to start", Type::Seconds, 0, 10, "s",
     [](MachineConfig& m, double v) { m.processStartup = seconds(v); },
     [](const MachineConfig& m) { return toSeconds(m.processStartup); }},
};

std::string number(double v) {
    std::ostringstream out;
    out << v;
    return out.str();
}

} // namespace

std::string_view MachineParameter::lessonType() const {
    switch (type) {
    case Type::Int: return "int";
    case Type::Bool: return "bool";
    case Type::Seconds: return "float";
    }
    return "float";
}

std::optional<std::string> MachineParameter::refuse(double value) const {
    // NaN compares false with everything: refused by name, not by luck.
    if (!std::isfinite(value)) return "give a number (" + number(value) + " is not one)";
    switch (type) {
    case Type::Bool:
        if (value == 0 || value == 1) return std::nullopt;
        return std::string("give 1 (True) or 0 (False)");
    case Type::Int:
        if (value == std::floor(value) && value >= minimum && value <= maximum) return std::nullopt;
        return "give a whole number from " + number(minimum) + " to " + number(maximum);
    case Type::Seconds:
        if (value >= minimum && value <= maximum) return std::nullopt;
        return "give seconds from " + number(minimum) + " to " + number(maximum);
    }
    return std::nullopt;
}

std::span<const MachineParameter> machineParameters() {
    return kParameters;
}

const MachineParameter* findMachineParameter(std::string_view name) {
    for (const MachineParameter& p : kParameters)
        if (p.name == name) return &p;
    return nullptr;
}

std::optional<std::string> refuseMachine(const MachineConfig& machine) {
    for (const MachineParameter& p : kParameters)
        if (std::optional<std::string> why = p.refuse(p.read(machine)))
            return std::string(p.name) + ": " + *why;
    return std::nullopt;
}

std::string machineParameterNames(std::string_view lastSeparator) {
    std::string out;
    const std::span<const MachineParameter> all = machineParameters();
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (i) out += i + 1 == all.size() ? lastSeparator : std::string_view(", ");
        out += all[i].name;
    }
    return out;
}

} // namespace coroscope
