// exit: 3
// Fprintln/Fprintf to os.Stdout and os.Stderr, Fprint into a strings.Builder, and the byte
// counts the print functions return.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	n, err := fmt.Println("hello", 42)
	fmt.Println(n, err)
	fmt.Fprintln(os.Stdout, "to stdout")
	var sb strings.Builder
	fmt.Fprintf(&sb, "%d-%s", 7, "x")
	fmt.Fprint(&sb, " and ", 3, 4)
	fmt.Println(sb.String(), sb.Len())
	m, _ := fmt.Printf("%5s|\n", "ab")
	fmt.Println(m)
	fmt.Fprintln(os.Stderr, "error: something failed")
	fmt.Fprintf(os.Stderr, "code %d\n", 3)
	os.Exit(3)
}
