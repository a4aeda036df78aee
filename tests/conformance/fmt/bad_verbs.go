// Mistakes in format strings are printed inline, not reported: wrong verb, missing and extra
// arguments, and nil for %d.
package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "str")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%d\n", nil)
	fmt.Printf("%z\n", 3)
	fmt.Printf("no verbs\n", "extra")
	fmt.Printf("%!\n")
	fmt.Println(fmt.Sprintf("%x", 3.5), fmt.Sprintf("%c", "s"))
}
