// Untyped constants are exact: big integers and rationals, rounded only when a value gets a type.
package main

import (
	"fmt"
	"math"
	"time"
)

const (
	huge  = 1 << 100
	small = huge >> 99
	third = 1.0 / 3
	ratio = 2.0 / 3
)

func main() {
	fmt.Println(1<<62, 1<<63-1, uint64(1<<63), small, uint64(math.MaxUint64))
	fmt.Println(1e100, third, ratio, 1/3.0, float32(third))
	var f32 float32 = 16777217
	fmt.Println(f32, 'a'+1, -7/2, -7%3, 7.0/2, 1e3, 1e21, 1e20)
	fmt.Println(math.MaxInt32, math.MinInt64, math.SmallestNonzeroFloat64 > 0)
	fmt.Println(huge/(huge>>10), 0.1+0.2, 0.3, 100*time.Millisecond/3)
	x := 0.1
	fmt.Println(x+0.2, x*3 == 0.3, 3*0.1 == 0.3)
	const big = 1e300 * 1e300 / 1e300
	fmt.Println(big)
	var u uint8 = 200
	fmt.Println(u+100, u*2, ^u, u>>1, u<<1)
	fmt.Println(len("héllo"), len([]rune("héllo")), string(rune(0x1F600)))
	fmt.Printf("%v %v %v\n", 5/2*2.0, 5.0/2*2, 1<<3.0)
	fmt.Println(time.Duration(1.5*float64(time.Second)), time.Duration(2)*time.Hour+30*time.Minute)
}
