package main

import (
	"crypto/md5"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"hash/fnv"
	"io"
	"strings"
)

// crypto/md5, crypto/sha256 (and 224), hash/fnv (1 and 1a, 32 and 64) through the hash.Hash
// interface, Sum appending to a prefix, Reset; encoding/hex encode, decode errors and Dump.
func main() {
	inputs := []string{"", "a", "abc", "The quick brown fox jumps over the lazy dog", strings.Repeat("x", 55), strings.Repeat("y", 56), strings.Repeat("z", 64), strings.Repeat("0123456789", 30)}
	for _, s := range inputs {
		fmt.Printf("%x %x\n", md5.Sum([]byte(s)), sha256.Sum256([]byte(s)))
		fmt.Printf("%x\n", sha256.Sum224([]byte(s)))
		h := fnv.New32a()
		h.Write([]byte(s))
		h1 := fnv.New32()
		io.WriteString(h1, s)
		h64 := fnv.New64a()
		h64.Write([]byte(s))
		h641 := fnv.New64()
		h641.Write([]byte(s))
		fmt.Println(h.Sum32(), h1.Sum32(), h64.Sum64(), h641.Sum64(), h.Sum(nil), hex.EncodeToString(h64.Sum([]byte{1})))
	}
	var hs []hash.Hash = []hash.Hash{md5.New(), sha256.New(), sha256.New224(), fnv.New32()}
	for _, h := range hs {
		for i := 0; i < 10; i++ {
			fmt.Fprintf(h, "chunk %d;", i)
		}
		sum := h.Sum(nil)
		fmt.Printf("%T %d %d %x %s\n", h, h.Size(), h.BlockSize(), sum, hex.EncodeToString(h.Sum(nil)))
		h.Reset()
		fmt.Printf("%x\n", h.Sum([]byte("pre")))
	}
	b, err := hex.DecodeString("48656c6c6f")
	fmt.Println(string(b), err)
	_, err = hex.DecodeString("4865zz")
	fmt.Println(err)
	_, err = hex.DecodeString("486")
	fmt.Println(err)
	_, err = hex.DecodeString("48g")
	fmt.Println(err)
	fmt.Print(hex.Dump([]byte("Go is an open source programming language.")))
	fmt.Print(hex.Dump([]byte("0123456789abcdef")))
	fmt.Print(hex.Dump([]byte("short\x00\x7f")))
	fmt.Printf("%q\n", hex.Dump(nil))
	fmt.Println(md5.Size, sha256.Size, sha256.BlockSize, hex.EncodedLen(5))
	var e error = hex.InvalidByteError('G')
	fmt.Println(e)
}
