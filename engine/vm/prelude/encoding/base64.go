// goroscope's package encoding/base64: RFC 4648 encodings with Go's decoding rules and errors
// (newlines are skipped, padding checked, the offset of the first bad byte reported).
package base64

import "strconv"

const (
	StdPadding rune = '='
	NoPadding  rune = -1
)

const (
	encodeStd = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	encodeURL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
)

type Encoding struct {
	encode    string
	decodeMap [256]byte
	padChar   rune
	strict    bool
}

func NewEncoding(encoder string) *Encoding {
	if len(encoder) != 64 {
		panic("encoding alphabet is not 64-bytes long")
	}
	e := &Encoding{encode: encoder, padChar: StdPadding}
	for i := range e.decodeMap {
		e.decodeMap[i] = 0xFF
	}
	for i := 0; i < len(encoder); i++ {
		e.decodeMap[encoder[i]] = byte(i)
	}
	return e
}

func (enc Encoding) WithPadding(padding rune) *Encoding {
	enc.padChar = padding
	return &enc
}

func (enc Encoding) Strict() *Encoding {
	enc.strict = true
	return &enc
}

var (
	StdEncoding    = NewEncoding(encodeStd)
	URLEncoding    = NewEncoding(encodeURL)
	RawStdEncoding = StdEncoding.WithPadding(NoPadding)
	RawURLEncoding = URLEncoding.WithPadding(NoPadding)
)

type CorruptInputError int64

func (e CorruptInputError) Error() string {
	return "illegal base64 data at input byte " + strconv.FormatInt(int64(e), 10)
}

func (enc *Encoding) EncodedLen(n int) int {
	if enc.padChar == NoPadding {
		return (n*8 + 5) / 6
	}
	return (n + 2) / 3 * 4
}

func (enc *Encoding) DecodedLen(n int) int {
	if enc.padChar == NoPadding {
		return n * 6 / 8
	}
	return n / 4 * 3
}

func (enc *Encoding) Encode(dst, src []byte) {
	di := 0
	for si := 0; si < len(src); si += 3 {
		var v uint
		n := len(src) - si
		if n > 3 {
			n = 3
		}
		for k := 0; k < 3; k++ {
			v <<= 8
			if k < n {
				v |= uint(src[si+k])
			}
		}
		chars := n + 1 // 1 byte -> 2 chars, 2 -> 3, 3 -> 4
		for k := 0; k < 4; k++ {
			if k < chars {
				dst[di] = enc.encode[v>>(18-6*uint(k))&0x3F]
				di++
			} else if enc.padChar != NoPadding {
				dst[di] = byte(enc.padChar)
				di++
			}
		}
	}
}

func (enc *Encoding) EncodeToString(src []byte) string {
	buf := make([]byte, enc.EncodedLen(len(src)))
	enc.Encode(buf, src)
	return string(buf)
}

func skipNewlines(src []byte, si int) int {
	for si < len(src) && (src[si] == '\n' || src[si] == '\r') {
		si++
	}
	return si
}

// Decode decodes src into dst and returns how many bytes it wrote; on bad input the error is a
// CorruptInputError with the offset Go reports.
func (enc *Encoding) Decode(dst, src []byte) (n int, err error) {
	si := 0
	for {
		var quantum [4]byte
		got := 4 // characters of this quantum before the padding
		for j := 0; j < 4; j++ {
			if si == len(src) {
				if j == 0 {
					return n, nil
				}
				if j == 1 || enc.padChar != NoPadding {
					return n, CorruptInputError(si - j)
				}
				got = j
				break
			}
			c := src[si]
			si++
			if v := enc.decodeMap[c]; v != 0xFF {
				quantum[j] = v
				continue
			}
			if c == '\n' || c == '\r' {
				j--
				continue
			}
			if rune(c) != enc.padChar {
				return n, CorruptInputError(si - 1)
			}
			// padding
			switch j {
			case 0, 1:
				return n, CorruptInputError(si - 1)
			case 2:
				si = skipNewlines(src, si)
				if si == len(src) {
					return n, CorruptInputError(len(src))
				}
				if rune(src[si]) != enc.padChar {
					return n, CorruptInputError(si - 1)
				}
				si++
			}
			si = skipNewlines(src, si)
			if si < len(src) {
				err = CorruptInputError(si) // trailing garbage after the padding
			}
			got = j
			break
		}
		v := uint(quantum[0])<<18 | uint(quantum[1])<<12 | uint(quantum[2])<<6 | uint(quantum[3])
		out := [3]byte{byte(v >> 16), byte(v >> 8), byte(v)}
		switch got {
		case 4:
			dst[n], dst[n+1], dst[n+2] = out[0], out[1], out[2]
			n += 3
		case 3:
			if enc.strict && out[2] != 0 {
				return n, CorruptInputError(si - 1)
			}
			dst[n], dst[n+1] = out[0], out[1]
			n += 2
		case 2:
			if enc.strict && (out[1] != 0 || out[2] != 0) {
				return n, CorruptInputError(si - 2)
			}
			dst[n] = out[0]
			n++
		}
		if got < 4 || err != nil {
			return n, err
		}
	}
}

func (enc *Encoding) DecodeString(s string) ([]byte, error) {
	dbuf := make([]byte, enc.DecodedLen(len(s))+3)
	n, err := enc.Decode(dbuf, []byte(s))
	return dbuf[:n], err
}
