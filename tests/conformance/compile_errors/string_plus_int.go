// Building messages: a string plus an int is a mismatch, and strconv.Itoa takes an int only.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	id := 7
	var count int64 = 3
	msg := "worker " + id
	msg2 := "count=" + strconv.Itoa(count)
	msg3 := "ok " + string(id)
	fmt.Println(msg, msg2, msg3)
}
