package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
)

// Temperature asks a sensor goroutine for its reading when it is printed.
type Sensor struct {
	name string
	ask  chan chan float64
}

func (s Sensor) String() string {
	reply := make(chan float64)
	s.ask <- reply
	return fmt.Sprintf("%s=%.1f", s.name, <-reply)
}

func serve(s Sensor, base float64) {
	n := 0
	for reply := range s.ask {
		n++
		reply <- base + float64(n)/10
	}
}

// A Stringer that prints another blocking Stringer.
type Pair struct{ a, b Sensor }

func (p Pair) String() string { return fmt.Sprint("<", p.a, " ", p.b, ">") }

// pipeWriter hands every Write to a goroutine that collects the text.
type pipeWriter struct {
	ch   chan string
	done chan bool
}

func (w pipeWriter) Write(p []byte) (int, error) {
	w.ch <- string(p)
	<-w.done
	return len(p), nil
}

type slowErr struct{ code chan int }

func (e slowErr) Error() string { return fmt.Sprint("code ", <-e.code) }

type Guarded struct {
	mu sync.Mutex
	v  int
}

func (g *Guarded) String() string {
	g.mu.Lock()
	defer g.mu.Unlock()
	return fmt.Sprint("guarded ", g.v)
}

type Failing struct{ ch chan int }

func (f Failing) String() string {
	<-f.ch
	panic("sensor broke")
}

func main() {
	a := Sensor{"a", make(chan chan float64)}
	b := Sensor{"b", make(chan chan float64)}
	go serve(a, 20)
	go serve(b, 30)
	fmt.Println(a, b)
	fmt.Printf("%v and %s\n", a, b)
	fmt.Println(Pair{a, b})
	s := fmt.Sprintf("[%v]", Pair{b, a})
	fmt.Println(s, len(s))

	w := pipeWriter{make(chan string), make(chan bool)}
	var got []string
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for part := range w.ch {
			got = append(got, strings.ToUpper(part))
			w.done <- true
		}
	}()
	n, err := fmt.Fprintf(w, "sensor %v\n", a)
	fmt.Fprintln(w, "second line", b)
	close(w.ch)
	wg.Wait()
	fmt.Print(strings.Join(got, ""))
	fmt.Println(n, err)

	e := slowErr{make(chan int, 1)}
	e.code <- 42
	werr := fmt.Errorf("wrapped: %w", e)
	fmt.Println(werr, errors.Is(werr, e))

	g := &Guarded{v: 1}
	g.mu.Lock()
	go func() {
		g.v = 2
		g.mu.Unlock()
	}()
	fmt.Println(g)

	f := Failing{make(chan int, 1)}
	f.ch <- 1
	fmt.Println("failing:", f)
	fmt.Fprintln(os.Stderr, "to stderr", a)
	close(a.ask)
	close(b.ask)
}
