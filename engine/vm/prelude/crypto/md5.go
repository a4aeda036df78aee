// goroscope's package crypto/md5: MD5 (RFC 1321), for lessons that hash files or pages in parallel.
package md5

import "hash"

const (
	Size      = 16
	BlockSize = 64
)

// sines[i] is the integer part of 2^32 * |sin(i+1)|.
var sines = [64]uint32{
	0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
	0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
	0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
	0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
	0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
	0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
	0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
	0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
}

// shifts per round, four per round repeated.
var shifts = [16]uint32{7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21}

type digest struct {
	s      [4]uint32
	buf    [BlockSize]byte
	n      int    // bytes in buf
	length uint64 // bytes written
}

func New() hash.Hash {
	d := new(digest)
	d.Reset()
	return d
}

func (d *digest) Reset() {
	d.s = [4]uint32{0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476}
	d.n = 0
	d.length = 0
}

func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return BlockSize }

func (d *digest) block(p []byte) {
	var m [16]uint32
	for i := 0; i < 16; i++ {
		m[i] = uint32(p[4*i]) | uint32(p[4*i+1])<<8 | uint32(p[4*i+2])<<16 | uint32(p[4*i+3])<<24
	}
	a, b, c, dd := d.s[0], d.s[1], d.s[2], d.s[3]
	for i := 0; i < 64; i++ {
		var f uint32
		var g int
		switch i / 16 {
		case 0:
			f, g = (b&c)|(^b&dd), i
		case 1:
			f, g = (dd&b)|(^dd&c), (5*i+1)%16
		case 2:
			f, g = b^c^dd, (3*i+5)%16
		default:
			f, g = c^(b|^dd), (7*i)%16
		}
		f += a + sines[i] + m[g]
		sh := shifts[(i/16)*4+i%4]
		a, dd, c = dd, c, b
		b += f<<sh | f>>(32-sh)
	}
	d.s[0] += a
	d.s[1] += b
	d.s[2] += c
	d.s[3] += dd
}

func (d *digest) Write(p []byte) (int, error) {
	n := len(p)
	d.length += uint64(n)
	for len(p) > 0 {
		k := copy(d.buf[d.n:], p)
		d.n += k
		p = p[k:]
		if d.n == BlockSize {
			d.block(d.buf[:])
			d.n = 0
		}
	}
	return n, nil
}

func (d *digest) checkSum() [Size]byte {
	e := *d // summing does not change the running hash
	bits := e.length * 8
	pad := make([]byte, 1, 72)
	pad[0] = 0x80
	for (e.length+uint64(len(pad)))%BlockSize != 56 {
		pad = append(pad, 0)
	}
	for i := 0; i < 8; i++ {
		pad = append(pad, byte(bits>>(8*uint(i))))
	}
	e.Write(pad)
	var out [Size]byte
	for i, v := range e.s {
		out[4*i], out[4*i+1], out[4*i+2], out[4*i+3] = byte(v), byte(v>>8), byte(v>>16), byte(v>>24)
	}
	return out
}

func (d *digest) Sum(in []byte) []byte {
	s := d.checkSum()
	return append(in, s[:]...)
}

func Sum(data []byte) [Size]byte {
	var d digest
	d.Reset()
	d.Write(data)
	return d.checkSum()
}
