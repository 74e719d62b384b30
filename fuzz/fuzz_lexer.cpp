// SPDX-License-Identifier: MIT
// The tokenizer on any bytes: it must end with an EndMarker or a LexError
// token, whatever the text.
#include "script/syntax/lexer.h"

#include <cstdint>
#include <cstdlib>
#include <string>

using namespace coroscope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    SourceFile source("<fuzz>", std::string(reinterpret_cast<const char*>(data), size));
    LexResult result = Lexer(source).tokenize();
    if (result.tokens.empty()) std::abort();
    const TokenKind last = result.tokens.back().kind;
    if (last != TokenKind::EndMarker && last != TokenKind::LexError) std::abort();
    if ((last == TokenKind::LexError) != result.failure.has_value()) std::abort();
    return 0;
}
