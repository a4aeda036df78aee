// Returning values from a function without results, or more results than declared, including
// from a goroutine's function literal and from main.
package main

import (
	"errors"
	"fmt"
)

func worker(id int) {
	if id < 0 {
		return errors.New("bad id")
	}
	fmt.Println(id)
}

func pair() (int, error) {
	return 1, nil, nil
}

func main() {
	go func() {
		return 1
	}()
	if _, err := pair(); err != nil {
		return err
	}
}
