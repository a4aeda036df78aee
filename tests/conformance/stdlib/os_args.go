// args: alpha -beta 3
// os.Args holds the program name and the arguments; only the arguments are printed (the name is a
// path that differs between runs).
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args) - 1)
	for i, a := range os.Args[1:] {
		fmt.Printf("%d:%q\n", i+1, a)
	}
}
