// goroscope's package unicode/utf8 (compiled with every program that imports it). Functions without a
// body are natives, implemented in C++ (engine/vm/src/natives.cpp, lib_*.cpp).
package utf8

const (
	RuneError = '\uFFFD'
	RuneSelf  = 0x80
	MaxRune   = '\U0010FFFF'
	UTFMax    = 4
)

func DecodeRuneInString(s string) (rune, int)
func DecodeLastRuneInString(s string) (rune, int)
func RuneCountInString(s string) int
func ValidString(s string) bool

func DecodeRune(p []byte) (rune, int)     { return DecodeRuneInString(string(p)) }
func DecodeLastRune(p []byte) (rune, int) { return DecodeLastRuneInString(string(p)) }
func RuneCount(p []byte) int              { return RuneCountInString(string(p)) }
func Valid(p []byte) bool                 { return ValidString(string(p)) }
func FullRuneInString(s string) bool {
	r, n := DecodeRuneInString(s)
	return !(r == RuneError && n == 1 && len(s) < UTFMax && len(s) > 0 && s[0] >= 0xC0)
}

func ValidRune(r rune) bool {
	return 0 <= r && r < 0xD800 || 0xDFFF < r && r <= MaxRune
}

func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case 0xD800 <= r && r <= 0xDFFF:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

func EncodeRune(p []byte, r rune) int {
	s := string(r)
	copy(p, s)
	return len(s)
}

func AppendRune(p []byte, r rune) []byte { return append(p, string(r)...) }
