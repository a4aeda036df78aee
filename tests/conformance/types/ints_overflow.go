// Integer types wrap around on overflow; integer division truncates toward zero.
package main

import "fmt"

func main() {
	var u8 uint8 = 250
	u8 += 10
	var i8 int8 = 127
	i8++
	var u uint = 0
	u--
	var i32 int32 = -2147483648
	i32--
	fmt.Println(u8, i8, u, i32)

	fmt.Println(7/2, -7/2, 7%3, -7%3, 7%-3)
	var i16 int16 = 300
	fmt.Println(int8(i16), uint8(i16), uint16(-1*i16))
	var big int64 = 1 << 40
	fmt.Println(big, int32(big), uint32(big+5))
}
