// := declares variables only inside functions; at package level it is a syntax error.
package main

import "fmt"

count := 0

func main() {
	fmt.Println(count)
}
