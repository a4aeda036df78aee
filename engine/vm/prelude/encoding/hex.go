// goroscope's package encoding/hex: hexadecimal encoding and decoding with Go's errors.
package hex

import (
	"errors"
	"fmt"
	"strings"
)

const digits = "0123456789abcdef"

var ErrLength = errors.New("encoding/hex: odd length hex string")

type InvalidByteError byte

func (e InvalidByteError) Error() string {
	return fmt.Sprintf("encoding/hex: invalid byte: %#U", rune(e))
}

func EncodedLen(n int) int { return n * 2 }
func DecodedLen(x int) int { return x / 2 }

func Encode(dst, src []byte) int {
	for i, c := range src {
		dst[2*i] = digits[c>>4]
		dst[2*i+1] = digits[c&0x0f]
	}
	return len(src) * 2
}

func EncodeToString(src []byte) string {
	dst := make([]byte, EncodedLen(len(src)))
	Encode(dst, src)
	return string(dst)
}

func fromHexChar(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// Decode decodes src into dst; on an invalid byte it reports how many bytes it decoded before.
func Decode(dst, src []byte) (int, error) {
	i := 0
	for ; i+1 < len(src); i += 2 {
		hi, ok := fromHexChar(src[i])
		if !ok {
			return i / 2, InvalidByteError(src[i])
		}
		lo, ok := fromHexChar(src[i+1])
		if !ok {
			return i / 2, InvalidByteError(src[i+1])
		}
		dst[i/2] = hi<<4 | lo
	}
	if len(src)%2 == 1 {
		if _, ok := fromHexChar(src[i]); !ok {
			return i / 2, InvalidByteError(src[i])
		}
		return i / 2, ErrLength
	}
	return i / 2, nil
}

func DecodeString(s string) ([]byte, error) {
	src := []byte(s)
	n, err := Decode(src, src)
	return src[:n], err
}

// Dump returns a hex dump like `hexdump -C`.
func Dump(data []byte) string {
	if len(data) == 0 {
		return ""
	}
	var b strings.Builder
	for off := 0; off < len(data); off += 16 {
		line := data[off:]
		if len(line) > 16 {
			line = line[:16]
		}
		fmt.Fprintf(&b, "%08x ", off)
		for i := 0; i < 16; i++ {
			if i == 8 {
				b.WriteByte(' ')
			}
			if i < len(line) {
				fmt.Fprintf(&b, " %02x", line[i])
			} else {
				b.WriteString("   ")
			}
		}
		b.WriteString("  |")
		for _, c := range line {
			if c < 32 || c > 126 {
				c = '.'
			}
			b.WriteByte(c)
		}
		b.WriteString("|\n")
	}
	return b.String()
}
