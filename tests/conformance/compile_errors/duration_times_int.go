// time.Duration times an int variable is a mismatch; an untyped constant or a conversion is fine.
package main

import (
	"fmt"
	"math/rand"
	"time"
)

func main() {
	retries := 3
	backoff := time.Millisecond * retries
	jitter := time.Duration(rand.Intn(10)) * time.Millisecond
	wait := rand.Intn(100) * time.Millisecond
	total := 2 * time.Second
	var limit int64 = 5
	if time.Since(time.Now()) > limit {
		fmt.Println("late")
	}
	fmt.Println(backoff, jitter, wait, total)
}
