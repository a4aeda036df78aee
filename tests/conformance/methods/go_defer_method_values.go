// go and defer with method values: the receiver is evaluated (and, for value receivers,
// copied) when the statement runs; pointer receivers see later changes.
package main

import (
	"fmt"
	"sync"
)

type Worker struct {
	ID   int
	Name string
}

func (w Worker) Report(wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	out <- fmt.Sprintf("worker %d (%s)", w.ID, w.Name)
}

func (w *Worker) Rename(s string) { w.Name = s }
func (w Worker) Show()           { fmt.Println("show:", w.ID, w.Name) }
func (w *Worker) ShowPtr()       { fmt.Println("showptr:", w.ID, w.Name) }

func main() {
	w := Worker{1, "alpha"}
	defer w.Show()
	defer w.ShowPtr()
	show := w.Show
	w.Rename("beta")
	show()
	var wg sync.WaitGroup
	out := make(chan string, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		ww := Worker{i + 10, fmt.Sprint("w", i)}
		go ww.Report(&wg, out)
	}
	wg.Wait()
	close(out)
	n := 0
	for range out {
		n++
	}
	fmt.Println("reports", n)
	f := (&w).Rename
	f("gamma")
	fmt.Println(w.Name)
}
