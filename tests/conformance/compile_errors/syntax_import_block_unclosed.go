// An import block without its closing parenthesis: the go command stops at the first import it cannot read.
package main

import (
	"fmt"
	"os"

func main() {
	fmt.Println(os.Args)
}