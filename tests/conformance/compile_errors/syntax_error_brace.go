// A syntax error: an else on its own line (automatic semicolon insertion).
package main

import "fmt"

func main() {
	x := 1
	if x > 0 {
		fmt.Println("pos")
	}
	else {
		fmt.Println("neg")
	}
}
