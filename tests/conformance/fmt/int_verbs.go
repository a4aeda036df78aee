// Integer verbs with widths and flags: %d %5d %-5d %05d %+d %x %X %o %b %c %q %U, and %v.
package main

import "fmt"

func main() {
	n := 42
	fmt.Printf("[%d] [%5d] [%-5d] [%05d] [%+d] [% d]\n", n, n, n, n, n, n)
	fmt.Printf("[%x] [%X] [%#x] [%o] [%#o] [%b]\n", 255, 255, 255, 8, 8, 5)
	fmt.Printf("[%d] [%5d] [%05d] [%x]\n", -42, -42, -42, -255)
	fmt.Printf("[%c] [%q] [%U] [%#U]\n", 65, 65, 0x1F600, 'é')
	fmt.Printf("[%v] [%6v] [%-6v|]\n", n, n, n)
	var u8 uint8 = 200
	var i64 int64 = -1 << 40
	fmt.Printf("%d %d %x %v\n", u8, i64, u8, uint64(1)<<63)
	fmt.Printf("%08.3d|%.2d|%3c|\n", 7, 3, 'z')
}
