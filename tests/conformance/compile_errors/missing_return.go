// A function with results that can reach its end: "missing return".
package main

import "fmt"

func sign(x int) string {
	if x > 0 {
		return "+"
	} else if x < 0 {
		return "-"
	}
}

func main() {
	fmt.Println(sign(1))
}
