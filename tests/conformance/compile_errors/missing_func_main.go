// A program without a main function does not build as a command.
package main

import "fmt"

func helper() {
	fmt.Println("no main")
}
