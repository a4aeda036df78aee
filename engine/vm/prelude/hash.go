// goroscope's package hash: the interfaces every hash function implements.
package hash

import "io"

type Hash interface {
	io.Writer
	Sum(b []byte) []byte // appends the current hash to b
	Reset()
	Size() int
	BlockSize() int
}

type Hash32 interface {
	Hash
	Sum32() uint32
}

type Hash64 interface {
	Hash
	Sum64() uint64
}
