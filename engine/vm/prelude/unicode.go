// goroscope's package unicode (compiled with every program that imports it). Functions without a
// body are natives, implemented in C++ (engine/vm/src/natives.cpp, lib_*.cpp).
package unicode

const (
	MaxRune         = '\U0010FFFF'
	ReplacementChar = '\uFFFD'
	MaxASCII        = '\u007F'
	MaxLatin1       = '\u00FF'
)

func IsLetter(r rune) bool
func IsDigit(r rune) bool
func IsNumber(r rune) bool
func IsSpace(r rune) bool
func IsUpper(r rune) bool
func IsLower(r rune) bool
func IsPunct(r rune) bool
func IsSymbol(r rune) bool
func IsMark(r rune) bool
func IsPrint(r rune) bool
func IsControl(r rune) bool
func IsGraphic(r rune) bool { return IsPrint(r) || IsSpace(r) && r > MaxLatin1 }
func IsTitle(r rune) bool   { return false }
func ToUpper(r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune { return ToUpper(r) }
