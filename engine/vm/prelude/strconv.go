// goroscope's package strconv (compiled with every program that imports it). Functions without a
// body are natives, implemented in C++ (engine/vm/src/natives.cpp, lib_*.cpp).
package strconv

import "errors"

const IntSize = 64

type NumError struct {
	Func string
	Num  string
	Err  error
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": parsing " + Quote(e.Num) + ": " + e.Err.Error()
}
func (e *NumError) Unwrap() error { return e.Err }

var ErrSyntax = errors.New("invalid syntax")
var ErrRange = errors.New("value out of range")

func numError(fn, s, why string) error {
	var err error
	switch why {
	case "invalid syntax":
		err = ErrSyntax
	case "value out of range":
		err = ErrRange
	default:
		err = errors.New(why)
	}
	return &NumError{fn, s, err}
}

func __parseInt(s string, base int, bitSize int) (int64, string)
func __parseUint(s string, base int, bitSize int) (uint64, string)
func __parseFloat(s string, bitSize int) (float64, string)
func __unquote(s string) (string, bool)

func ParseInt(s string, base int, bitSize int) (int64, error) {
	v, why := __parseInt(s, base, bitSize)
	if why != "" {
		return v, numError("ParseInt", s, why)
	}
	return v, nil
}

func ParseUint(s string, base int, bitSize int) (uint64, error) {
	v, why := __parseUint(s, base, bitSize)
	if why != "" {
		return v, numError("ParseUint", s, why)
	}
	return v, nil
}

func Atoi(s string) (int, error) {
	v, why := __parseInt(s, 10, 0)
	if why != "" {
		return int(v), numError("Atoi", s, why)
	}
	return int(v), nil
}

func ParseFloat(s string, bitSize int) (float64, error) {
	v, why := __parseFloat(s, bitSize)
	if why != "" {
		return v, numError("ParseFloat", s, why)
	}
	return v, nil
}

func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, numError("ParseBool", str, "invalid syntax")
}

func Unquote(s string) (string, error) {
	v, ok := __unquote(s)
	if !ok {
		return "", ErrSyntax
	}
	return v, nil
}

func Itoa(i int) string
func FormatInt(i int64, base int) string
func FormatUint(i uint64, base int) string
func FormatFloat(f float64, fmt byte, prec, bitSize int) string
func Quote(s string) string
func QuoteToASCII(s string) string
func QuoteRune(r rune) string
func QuoteRuneToASCII(r rune) string
func CanBackquote(s string) bool
func IsPrint(r rune) bool

func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func AppendInt(dst []byte, i int64, base int) []byte { return append(dst, FormatInt(i, base)...) }
func AppendQuote(dst []byte, s string) []byte        { return append(dst, Quote(s)...) }
func AppendBool(dst []byte, b bool) []byte              { return append(dst, FormatBool(b)...) }
func AppendUint(dst []byte, i uint64, base int) []byte  { return append(dst, FormatUint(i, base)...) }
func AppendQuoteRune(dst []byte, r rune) []byte        { return append(dst, QuoteRune(r)...) }
func AppendQuoteToASCII(dst []byte, s string) []byte   { return append(dst, QuoteToASCII(s)...) }
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte { return append(dst, QuoteRuneToASCII(r)...) }
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}
