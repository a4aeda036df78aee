// `else` must follow the closing brace on the same line: a newline there ends the if.
package main

import "fmt"

func main() {
	x := 1
	if x > 0 {
		fmt.Println("positive")
	}
	else {
		fmt.Println("not positive")
	}
}
