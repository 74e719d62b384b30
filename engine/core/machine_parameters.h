// SPDX-License-Identifier: MIT
#pragma once

#include "core/machine_config.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace coroscope {

// The settings of the simulated machine that a run or a lesson may change,
// as `machine.cores=2` on the command line or a lesson's "machine.cores"
// parameter. This table is the one list: `coroscope run` applies it, the
// lesson loader checks lessons against it and lessons/README.md points here.
struct MachineParameter {
    enum class Type { Int, Bool, Seconds };

    std::string_view name; // "machine.cores"
    std::string_view sets; // what it changes, for people
    Type type;
    // The values accepted, inclusive; a Bool is 0 or 1.
    double minimum;
    double maximum;
    std::string_view unit; // "s", or empty
    void (*apply)(MachineConfig& machine, double value);
    double (*read)(const MachineConfig& machine);

    // The lesson type that holds it: "int", "bool" or "float".
    std::string_view lessonType() const;
    // Why `value` cannot be set ("give a whole number, at least 1"), or
    // nothing when it can.
    std::optional<std::string> refuse(double value) const;
};

std::span<const MachineParameter> machineParameters();
const MachineParameter* findMachineParameter(std::string_view name);
// "machine.cores, machine.gil, machine.switch_interval or machine.process_startup"
std::string machineParameterNames(std::string_view lastSeparator = " or ");
// Why a machine built in code cannot be simulated ("machine.cores: give a
// whole number from 1 to 1024"), or nothing: the same bounds as the table's.
std::optional<std::string> refuseMachine(const MachineConfig& machine);

} // namespace coroscope
