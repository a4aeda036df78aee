// WithDeadline in the past is done at once; a child cannot extend its parent's deadline.
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	past, cancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel()
	fmt.Println(past.Err())

	parent, cancelP := context.WithTimeout(context.Background(), 40*time.Millisecond)
	defer cancelP()
	child, cancelC := context.WithDeadline(parent, time.Now().Add(time.Hour))
	defer cancelC()
	pd, _ := parent.Deadline()
	cd, _ := child.Deadline()
	fmt.Println("child deadline is parent's:", cd.Equal(pd))
	<-child.Done()
	fmt.Println(child.Err(), parent.Err())
}
