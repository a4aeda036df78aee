package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

type Locker interface {
	Lock()
	Unlock()
}

// Method values and method expressions through interfaces (sync.Locker, a program interface over
// a library type), of library types (RWMutex.RLocker, Timer.Stop, Duration.String, Time.Format).
func main() {
	var mu sync.Mutex
	var l sync.Locker = &mu
	lk := l.Lock
	ul := l.Unlock
	lk()
	go func() { time.Sleep(time.Millisecond); ul() }()
	lk()
	fmt.Println("locked twice via interface method values")
	ul()
	lockFn := (*sync.Mutex).Lock
	unlockFn := (*sync.Mutex).Unlock
	lockFn(&mu)
	unlockFn(&mu)
	var rw sync.RWMutex
	rl := rw.RLocker()
	rl.Lock()
	rl.Unlock()
	f := sync.Locker.Lock
	f(&mu)
	defer l.Unlock()
	var mine Locker = &rw
	g := mine.Lock
	g()
	mine.Unlock()
	up := strings.ToUpper
	fields := strings.Fields
	fmt.Println(up("ok"), fields(" a b "))
	r := strings.NewReplacer("a", "b").Replace
	fmt.Println(r("banana"))
	t := time.NewTimer(time.Hour)
	stop := t.Stop
	fmt.Println(stop(), stop())
	d := 90 * time.Second
	str := d.String
	fmt.Println(str())
	tm := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
	fm := tm.Format
	fmt.Println(fm(time.Kitchen))
}
