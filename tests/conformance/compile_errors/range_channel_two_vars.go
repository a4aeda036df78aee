// Ranging over a channel gives values only: `for i, v := range ch` and `for v, ok := range ch`
// are both refused.
package main

import "fmt"

func main() {
	ch := make(chan string, 2)
	ch <- "a"
	ch <- "b"
	close(ch)
	for v, ok := range ch {
		fmt.Println(v, ok)
	}
	for _, v := range ch {
		fmt.Println(v)
	}
}
