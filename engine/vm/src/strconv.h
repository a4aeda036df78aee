// strconv: Go's number and string conversions (strconv.FormatFloat, Quote, ParseInt, ...), shared
// by the strconv package, fmt and the runtime's messages.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace goro::vm::strconv {

// format_float: strconv.FormatFloat(f, fmt, prec, bits) for fmt in b e E f F g G x X; prec < 0
// asks for the fewest digits that read back as the same float64 (or float32 when bits == 32).
std::string format_float(double f, char fmt, int prec, int bits = 64);

// print_float: a float as the print/println builtins and panic messages show it
// (+1.500000e+000: seven digits by Go's runtime's own rounding, three exponent digits).
std::string print_float(double v);

// quote: strconv.Quote (ascii_only: QuoteToASCII); quote_rune: QuoteRune / QuoteRuneToASCII.
std::string quote(std::string_view s, bool ascii_only = false);
std::string quote_rune(int64_t r, bool ascii_only = false);
bool can_backquote(std::string_view s);

// format_uint: digits of u in base 2..36 (lower case), as strconv.FormatUint.
std::string format_uint(uint64_t u, int base);
std::string format_int(int64_t i, int base);

// The parse functions return "" on success or the NumError's reason ("invalid syntax",
// "value out of range", "invalid base 1", "invalid bit size 65"); *out holds Go's result either way.
std::string parse_int(std::string_view s, int base, int bits, int64_t* out);
std::string parse_uint(std::string_view s, int base, int bits, uint64_t* out);
std::string parse_float(std::string_view s, int bits, double* out);
std::string parse_bool(std::string_view s, bool* out);

}  // namespace goro::vm::strconv
