// A program touching most of the syntax goroscope accepts; `go vet` accepts it too.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type point struct {
	X, Y int
}

type counter struct {
	sync.Mutex
	n map[string]int
}

type shape interface {
	area() float64
	fmt.Stringer
}

type celsius float64

const (
	a = iota * 10
	b
	c
	linger = 80 * time.Millisecond
)

var ErrEmpty = errors.New("empty")

func (p point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func (c *counter) inc(key string) {
	c.Lock()
	defer c.Unlock()
	c.n[key]++
}

func sum(xs ...int) (total int) {
	defer func() { total *= 2 }()
	for _, x := range xs {
		total += x
	}
	return
}

func merge(cs ...<-chan int) <-chan int {
	out := make(chan int, len(cs))
	var wg sync.WaitGroup
	for _, c := range cs {
		wg.Add(1)
		go func(c <-chan int) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprint("int ", x)
	case []string:
		return "strings"
	case error:
		return x.Error()
	default:
		return "other"
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	ch := make(chan int)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := 0; i < 3; i++ {
			select {
			case ch <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	var got []int
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break loop
			}
			got = append(got, v)
			if len(got) == 3 {
				break loop
			}
		case <-time.After(linger):
			continue
		}
	}
	<-done
	m := map[point][]string{{1, 2}: {"a"}, {X: 3}: nil}
	ps := []*point{{1, 2}, &point{Y: 4}}
	arr := [...]int{1, 2, 3}
	s := arr[1:3:3]
	s = s[:]
	if x := sum(arr[:]...); x > 10 {
		fmt.Println(x, b, c, a, len(m), ps[0], s)
	} else if x == 0 {
		fmt.Println("zero")
	} else {
		fmt.Println(-x, !true, ^x, x&^1, x<<1)
	}
	var fs []func() int
	for i := range []int{0, 1, 2} {
		fs = append(fs, func() int { return i })
	}
	k := &counter{n: map[string]int{}}
	k.inc("x")
	f := k.inc
	f("y")
	switch {
	case len(fs) > 2:
		fallthrough
	default:
		fmt.Println(classify(celsius(1.5)), 'x', "世界", `raw`, 0x1F, 1e3)
	}
	var out = merge(ch)
	_ = out
	type local struct{ v int }
	_ = local{v: 1}
	goto end
end:
}
