package main

import (
	"fmt"
	"os"
	"sort"
	"sync"
	"text/tabwriter"
	"time"
)

// Workers report their state as they go; at the end a table is printed with text/tabwriter,
// right-aligned numbers and a summary line, the way a small monitoring tool would.
type Status struct {
	Name     string
	Jobs     int
	Failed   int
	Busy     time.Duration
	LastErr  error
}

type jobErr struct{ id int }

func (e jobErr) Error() string { return fmt.Sprintf("job %d: timeout", e.id) }

func main() {
	jobs := make(chan int)
	var mu sync.Mutex
	statuses := map[string]*Status{}
	var wg sync.WaitGroup
	for _, name := range []string{"alpha", "beta", "gamma-long-name"} {
		st := &Status{Name: name}
		statuses[name] = st
		wg.Add(1)
		go func(st *Status) {
			defer wg.Done()
			for j := range jobs {
				d := time.Duration(j%4+1) * 5 * time.Millisecond
				time.Sleep(d)
				mu.Lock()
				st.Jobs++
				st.Busy += d
				if j%5 == 0 {
					st.Failed++
					st.LastErr = jobErr{j}
				}
				mu.Unlock()
			}
		}(st)
	}
	for j := 1; j <= 30; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()

	names := make([]string, 0, len(statuses))
	total, failed := 0, 0
	for n, st := range statuses {
		names = append(names, n)
		total += st.Jobs
		failed += st.Failed
	}
	sort.Strings(names)
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "WORKER\tSTATE\tNAME LENGTH\t")
	for _, n := range names {
		st := statuses[n]
		state := "idle"
		if st.Jobs == 0 {
			state = "starved"
		}
		fmt.Fprintf(w, "%s\t%s\t%d\t\n", st.Name, state, len(st.Name))
	}
	w.Flush()

	nw := tabwriter.NewWriter(os.Stdout, 6, 0, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(nw, "total\tfailed\tok\t")
	fmt.Fprintf(nw, "%d\t%d\t%d\t\n", total, failed, total-failed)
	nw.Flush()
	fmt.Printf("%.0f%% failed\n", 100*float64(failed)/float64(total))
}
