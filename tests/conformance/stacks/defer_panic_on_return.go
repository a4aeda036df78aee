// stack: full
package main

import (
	"errors"
	"fmt"
)

func check(err *error) {
	if *err != nil {
		panic(*err)
	}
}

func work(n int) (err error) {
	defer check(&err)
	if n > 2 {
		err = errors.New("too big")
	}
	return err
}

func main() {
	for i := 0; i < 5; i++ {
		fmt.Println("work", i, work(i))
	}
}
