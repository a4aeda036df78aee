// Binary operations on operands of different types: no implicit conversions in Go.
package main

import (
	"fmt"
	"time"
)

type celsius float64

func main() {
	name := "n"
	count := 3
	ratio := 0.5
	var big int64 = 7
	var temp celsius = 21
	var d time.Duration = time.Second
	fmt.Println(name + count)
	fmt.Println(count * ratio)
	fmt.Println(count + big)
	fmt.Println(temp + ratio)
	fmt.Println(d * count)
	fmt.Println(name + 'x')
	fmt.Println(count == ratio, name < count)
}
