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
// FullRuneInString reports whether s begins with a whole rune: a valid encoding or bytes that
// can no longer become one (an invalid first byte, an impossible continuation).
func FullRuneInString(s string) bool {
	if len(s) == 0 {
		return false
	}
	c := s[0]
	need, lo, hi := 1, byte(0x80), byte(0xBF) // bytes needed; range of the second byte
	switch {
	case c >= 0xC2 && c <= 0xDF:
		need = 2
	case c >= 0xE0 && c <= 0xEF:
		need = 3
		if c == 0xE0 {
			lo = 0xA0
		} else if c == 0xED {
			hi = 0x9F
		}
	case c >= 0xF0 && c <= 0xF4:
		need = 4
		if c == 0xF0 {
			lo = 0x90
		} else if c == 0xF4 {
			hi = 0x8F
		}
	}
	if len(s) >= need {
		return true
	}
	if len(s) > 1 && (s[1] < lo || s[1] > hi) {
		return true
	}
	return len(s) > 2 && (s[2] < 0x80 || s[2] > 0xBF)
}

func FullRune(p []byte) bool { return FullRuneInString(string(p)) }

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

// RuneStart reports whether b could be the first byte of an encoded rune.
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }
