// exit: 2
// select {} blocks forever: "goroutine 1 [select (no cases)]:".
package main

import "fmt"

func main() {
	fmt.Println("blocking forever")
	select {}
}
