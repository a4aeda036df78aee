package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Deadlines nest: a child can only shorten its parent's deadline; cancelling a parent cancels
// every child; a child's cancel leaves the parent alone. Deadline() and Err() report it all.
func describe(name string, ctx context.Context, base time.Time) {
	d, ok := ctx.Deadline()
	left := "none"
	if ok {
		left = d.Sub(base).Round(10 * time.Millisecond).String()
	}
	fmt.Printf("%-8s deadline=%-6s err=%v\n", name, left, ctx.Err())
}

func main() {
	base := time.Now()
	root := context.Background()
	parent, cancelParent := context.WithTimeout(root, 100*time.Millisecond)
	defer cancelParent()
	shorter, cancelShorter := context.WithTimeout(parent, 30*time.Millisecond)
	defer cancelShorter()
	longer, cancelLonger := context.WithTimeout(parent, 500*time.Millisecond)
	defer cancelLonger()
	manual, cancelManual := context.WithCancel(parent)

	describe("root", root, base)
	describe("parent", parent, base)
	describe("shorter", shorter, base)
	describe("longer", longer, base)
	describe("manual", manual, base)

	<-shorter.Done()
	fmt.Println("after shorter fired:")
	describe("shorter", shorter, base)
	describe("parent", parent, base)

	cancelManual()
	describe("manual", manual, base)
	describe("parent", parent, base)

	<-longer.Done()
	fmt.Println("after parent's deadline:")
	describe("longer", longer, base)
	describe("parent", parent, base)
	fmt.Println(errors.Is(longer.Err(), context.DeadlineExceeded), longer.Err() == parent.Err())

	at := base.Add(40 * time.Millisecond)
	byDate, cancel := context.WithDeadline(root, at)
	defer cancel()
	select {
	case <-byDate.Done():
		fmt.Println("WithDeadline fired:", byDate.Err(), time.Since(base) >= 40*time.Millisecond)
	case <-time.After(time.Second):
		fmt.Println("too late")
	}
	past, cancel2 := context.WithDeadline(root, base.Add(-time.Second))
	defer cancel2()
	fmt.Println("deadline in the past:", past.Err())
}
