// SPDX-License-Identifier: MIT
#include "script/cli/cli.h"

#include "core/chrome_trace.h"
#include "script/cli/summary.h"
#include "script/interp/run.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

namespace coroscope {

namespace {

constexpr const char* kUsage =
    "usage: coroscope run SCRIPT.py [--param NAME=VALUE]... [--budget NAME=N]...\n"
    "                     [--trace-json FILE] [--summary]\n"
    "  --param NAME=VALUE   override a top-level constant of the script (CLIENTS=10), or set\n"
    "                       the machine (machine.cores=2, machine.gil=0)\n"
    "  --budget NAME=N      raise or lower one of the run's budgets (--budget steps=10000000);\n"
    "                       --budget help lists them with their defaults\n"
    "  --trace-json FILE    write the run's trace as Chrome trace JSON (Perfetto opens it)\n"
    "  --summary            print a table of the tasks after the script's output\n";

// Far beyond any scenario, and still a size the checks get through quickly.
constexpr std::uintmax_t kMaxScriptBytes = 16u << 20;

int usage(const std::string& problem) {
    std::cerr << "coroscope run: " << problem << "\n" << kUsage;
    return 2;
}

// The budgets, each with what it counts and its default.
std::string budgetList() {
    const RunOptions defaults;
    std::string out = "budgets of a run (--budget NAME=N):\n";
    for (const RunBudgetField& b : runBudgets()) {
        const double v = b.get(defaults);
        char value[32];
        if (v == std::floor(v))
            std::snprintf(value, sizeof value, "%.0f", v);
        else
            std::snprintf(value, sizeof value, "%g", v);
        char line[160];
        std::snprintf(line, sizeof line, "  %-16s %-64s default %s\n", std::string(b.name).c_str(),
                      std::string(b.description).c_str(), value);
        out += line;
    }
    return out;
}

} // namespace

int runCommand(int argc, char** argv) {
    // Called with or without the program's name in front of "run".
    if (argc > 1 && std::strcmp(argv[0], "run") != 0 && std::strcmp(argv[1], "run") == 0) {
        --argc;
        ++argv;
    }
    if (argc < 1 || std::strcmp(argv[0], "run") != 0) return usage("expected the word 'run'");
    RunOptions options;
    std::string script, traceFile;
    bool summary = false;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        auto value = [&](const char* option) -> std::string {
            std::string prefix = std::string(option) + "=";
            if (arg.rfind(prefix, 0) == 0) return arg.substr(prefix.size());
            if (i + 1 >= argc) return std::string("\x01");
            return argv[++i];
        };
        if (arg == "--summary") {
            summary = true;
        } else if (arg == "--param" || arg.rfind("--param=", 0) == 0) {
            std::string p = value("--param");
            std::size_t eq = p.find('=');
            if (p == "\x01" || eq == std::string::npos || eq == 0)
                return usage("--param needs NAME=VALUE, for example --param CLIENTS=10");
            options.params.emplace_back(p.substr(0, eq), p.substr(eq + 1));
        } else if (arg == "--budget" || arg.rfind("--budget=", 0) == 0) {
            std::string b = value("--budget");
            if (b == "help") {
                std::cout << budgetList();
                return 0;
            }
            std::size_t eq = b.find('=');
            if (b == "\x01" || eq == std::string::npos || eq == 0)
                return usage("--budget needs NAME=N, for example --budget steps=10000000");
            std::string error;
            if (!setRunBudget(options, b.substr(0, eq), b.substr(eq + 1), error))
                return usage(error);
        } else if (arg == "--trace-json" || arg.rfind("--trace-json=", 0) == 0) {
            traceFile = value("--trace-json");
            if (traceFile == "\x01" || traceFile.empty())
                return usage("--trace-json needs a file name");
        } else if (arg == "-h" || arg == "--help") {
            std::cout << kUsage;
            return 0;
        } else if (arg.rfind('-', 0) == 0) {
            return usage("unknown option '" + arg + "'");
        } else if (script.empty()) {
            script = arg;
        } else {
            return usage("one script at a time ('" + arg + "' is a second one)");
        }
    }
    if (script.empty()) return usage("which script? Give the path of a .py file");
    // A folder reads as an empty script that does nothing; a pipe or a
    // device may never end.
    std::error_code ec;
    const std::filesystem::file_status status = std::filesystem::status(script, ec);
    if (status.type() == std::filesystem::file_type::directory)
        return usage("'" + script + "' is a folder; give the path of a .py file in it");
    if (!ec && status.type() != std::filesystem::file_type::not_found &&
        status.type() != std::filesystem::file_type::regular)
        return usage("'" + script + "' is not a regular file (a pipe or a device); give the path " +
                     "of a .py file");
    if (!ec && status.type() == std::filesystem::file_type::regular &&
        std::filesystem::file_size(script, ec) > kMaxScriptBytes)
        return usage("'" + script + "' is larger than " + std::to_string(kMaxScriptBytes >> 20) +
                     " MB; a scenario script is a few pages of Python");
    std::ifstream in(script, std::ios::binary);
    if (!in) return usage("cannot read '" + script + "': " + std::strerror(errno));
    std::stringstream text;
    text << in.rdbuf();
    if (in.bad()) return usage("cannot read '" + script + "': " + std::strerror(errno));
    // As python3 does since 3.9, tracebacks name the script by its full path.
    std::filesystem::path absolute = std::filesystem::absolute(script, ec);
    options.fileName = ec ? script : absolute.lexically_normal().string();
    options.recordResults = summary;

    RunResult result = runScript(text.str(), options);
    std::fwrite(result.out.data(), 1, result.out.size(), stdout);
    std::fflush(stdout);
    for (const ScriptError& e : result.errors)
        std::cerr << e.format();
    std::cerr << result.err;
    if (summary && result.errors.empty()) std::cout << "\n" << formatSummary(result);
    if (!traceFile.empty() && result.errors.empty()) {
        std::ofstream out(traceFile, std::ios::binary);
        if (!out) {
            std::cerr << "coroscope run: cannot write '" << traceFile
                      << "': " << std::strerror(errno) << "\n";
            return 1;
        }
        writeChromeTrace(result.trace, out);
        // A full disk shows only when the buffer goes out: a trace cut short
        // must not pass for a whole one.
        out.flush();
        out.close();
        if (out.fail()) {
            std::cerr << "coroscope run: could not write all of '" << traceFile
                      << "': " << std::strerror(errno) << "\n";
            return 1;
        }
    }
    std::cout.flush();
    return result.exitStatus;
}

} // namespace coroscope
