// SPDX-License-Identifier: MIT
// parseScript(): lexing, parsing and the compile-time checks, with the
// precedence CPython gives to errors found by each stage.
#include "script/checks/parse.h"

#include "script/checks/semantic_check.h"
#include "script/syntax/lexer.h"
#include "script/syntax/parser.h"

namespace coroscope {

namespace {

ParseResult failure(ScriptError error) {
    ParseResult result;
    result.errors.push_back(std::move(error));
    return result;
}

ScriptError neverClosed(const SourceFile& source, const LexFailure::OpenBracket& open) {
    ScriptError error;
    error.file = source.fileName();
    error.line = open.line;
    error.column = open.column;
    error.message = std::string("'") + open.open + "' was never closed";
    error.lineText = std::string(source.lineText(open.line));
    return error;
}

} // namespace

ParseResult parseScript(std::string fileName, std::string text) {
    auto source = std::make_shared<const SourceFile>(std::move(fileName), std::move(text));
    LexResult lexed = Lexer(*source).tokenize();
    auto module = std::make_unique<Module>(source);
    detail::Parser parser(*source, lexed.tokens, module->arena());
    try {
        module->setBody(parser.parseFile());
    } catch (const detail::LexAbort&) {
        return failure(lexed.failure->error);
    } catch (const detail::ParseAbort& abort) {
        // CPython's tokenizer runs on to the end of the file after a parser
        // error: its own errors win, and a bracket left open on an earlier
        // line explains the error better than what the parser saw.
        if (lexed.failure && !abort.final) {
            const LexFailure& lexError = *lexed.failure;
            if (lexError.overridesParserErrors) return failure(lexError.error);
            const LexFailure::OpenBracket& open = lexError.openBracket;
            if (open.open && static_cast<int>(parser.furthestToken().line) > open.line)
                return failure(neverClosed(*source, open));
        }
        return failure(abort.error);
    }
    std::vector<ScriptError> errors = detail::checkSemantics(*module);
    if (!errors.empty()) {
        ParseResult result;
        result.errors = std::move(errors);
        return result;
    }
    ParseResult result;
    result.module = std::move(module);
    return result;
}

} // namespace coroscope
