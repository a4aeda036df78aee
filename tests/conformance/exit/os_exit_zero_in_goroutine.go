// os.Exit(0) from a goroutine ends the whole program with status 0, while main is blocked.
package main

import (
	"fmt"
	"os"
)

func main() {
	go func() {
		fmt.Println("goroutine exits the program")
		os.Exit(0)
	}()
	select {}
}
