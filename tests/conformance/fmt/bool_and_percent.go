// %t for booleans, %% for a literal percent, %v of bool, widths with booleans.
package main

import "fmt"

func main() {
	fmt.Printf("%t %t %v %6t|%-6t|\n", true, false, true, true, false)
	fmt.Printf("100%%\n")
	fmt.Printf("%d%% done, %s%%\n", 50, "x")
	ok := 3 > 2
	fmt.Println(fmt.Sprintf("ok=%t", ok))
}
