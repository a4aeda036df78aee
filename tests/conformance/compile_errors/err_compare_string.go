// An error is compared with other errors, not with strings; err.Error() is the string.
package main

import (
	"errors"
	"fmt"
)

func main() {
	err := errors.New("timeout")
	if err == "timeout" {
		fmt.Println("timed out")
	}
	if err.Error() == "timeout" {
		fmt.Println("ok")
	}
	var msg string = err
	fmt.Println(msg)
}
