// A constant float that is not an integer cannot be converted to int (a variable can).
package main

import "fmt"

func main() {
	fmt.Println(int(3.99), int(-3.99))
}
