// Converting floats to integers truncates toward zero; out of range and NaN give what amd64
// gives (the smallest integer through 64 or 32 bits), and integers wrap on narrowing.
package main

import (
	"fmt"
	"math"
)

func main() {
	fs := []float64{math.Inf(1), math.Inf(-1), math.NaN(), 1e19, -1, -1.5, 3e9, -3e9, 2.5e38, 1e300, 255.9, 256, -0.5}
	for _, f := range fs {
		fmt.Println(int(f), int64(f), int32(f), int8(f), uint(f), uint64(f), uint32(f), uint8(f), float32(f))
	}
	var u uint64 = 1<<64 - 1
	fmt.Println(float64(u), float32(u), int64(u), int32(u), uint8(u))
	n := -1
	fmt.Println(uint(n), uint32(n), uint16(n), byte(n), rune(n), string(rune(n)))
	fmt.Println(string(rune(0x10FFFF+1)), string(rune(0xD800)), []byte(string(rune(65))))
}
