package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		defer fmt.Println("worker deferred")
		func() {
			defer fmt.Println("inner deferred")
			runtime.Goexit()
			fmt.Println("not reached")
		}()
	}()
	go func() {
		time.Sleep(50 * time.Millisecond)
		fmt.Println("late worker done")
	}()
	defer fmt.Println("main deferred")
	time.Sleep(10 * time.Millisecond)
	runtime.Goexit()
}
