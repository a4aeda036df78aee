package main

import (
	"bufio"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// A log-processing pipeline: a reader stage scans lines, a parser stage splits fields and
// converts numbers (bad lines go to an error channel), an aggregator sums per service.
const logText = `2024-01-01T10:00:00 api 200 35ms
2024-01-01T10:00:01 db 200 120ms
2024-01-01T10:00:02 api 500 12ms
garbage line
2024-01-01T10:00:03 api 200 41ms
2024-01-01T10:00:04 cache 200 2ms
2024-01-01T10:00:05 db 503 900ms
2024-01-01T10:00:06 api two 5ms
2024-01-01T10:00:07 cache 200 3ms`

type entry struct {
	service string
	status  int
	ms      int
}

func read(text string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		sc := bufio.NewScanner(strings.NewReader(text))
		for sc.Scan() {
			out <- sc.Text()
		}
	}()
	return out
}

func parse(lines <-chan string, errs chan<- error) <-chan entry {
	out := make(chan entry)
	go func() {
		defer close(out)
		n := 0
		for line := range lines {
			n++
			f := strings.Fields(line)
			if len(f) != 4 {
				errs <- fmt.Errorf("line %d: %d fields", n, len(f))
				continue
			}
			status, err := strconv.Atoi(f[2])
			if err != nil {
				errs <- fmt.Errorf("line %d: %w", n, err)
				continue
			}
			ms, _ := strconv.Atoi(strings.TrimSuffix(f[3], "ms"))
			out <- entry{f[1], status, ms}
		}
	}()
	return out
}

type stats struct{ count, errors, totalMs, maxMs int }

func main() {
	errs := make(chan error, 10)
	byService := map[string]*stats{}
	for e := range parse(read(logText), errs) {
		s := byService[e.service]
		if s == nil {
			s = &stats{}
			byService[e.service] = s
		}
		s.count++
		s.totalMs += e.ms
		if e.ms > s.maxMs {
			s.maxMs = e.ms
		}
		if e.status >= 500 {
			s.errors++
		}
	}
	close(errs)
	var names []string
	for n := range byService {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		s := byService[n]
		fmt.Printf("%-6s n=%d errors=%d avg=%.1fms max=%dms\n", n, s.count, s.errors, float64(s.totalMs)/float64(s.count), s.maxMs)
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for err := range errs {
			fmt.Println("skipped:", err)
		}
	}()
	wg.Wait()
}
