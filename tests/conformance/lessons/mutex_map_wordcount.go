package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
)

// Counting words in parallel into one map protected by a mutex, versus per-goroutine maps merged
// at the end. The top words are sorted by count, then alphabetically, so the output is stable.
var docs = []string{
	"The quick brown fox jumps over the lazy dog.",
	"The dog sleeps; the fox runs. A quick fox!",
	"Go routines: cheap, quick, and the scheduler is fair.",
	"Don't communicate by sharing memory; share memory by communicating.",
}

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
}

type Counter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *Counter) Add(w string) {
	c.mu.Lock()
	c.m[w]++
	c.mu.Unlock()
}

type kv struct {
	Word  string
	Count int
}

func top(m map[string]int, n int) []kv {
	var list []kv
	for w, c := range m {
		list = append(list, kv{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Count != list[j].Count {
			return list[i].Count > list[j].Count
		}
		return list[i].Word < list[j].Word
	})
	if len(list) > n {
		list = list[:n]
	}
	return list
}

func main() {
	shared := Counter{m: map[string]int{}}
	var wg sync.WaitGroup
	for _, d := range docs {
		wg.Add(1)
		go func(d string) {
			defer wg.Done()
			for _, w := range words(d) {
				shared.Add(w)
			}
		}(d)
	}
	wg.Wait()
	fmt.Println("shared map:", len(shared.m), "distinct words")
	for _, e := range top(shared.m, 5) {
		fmt.Printf("  %-8s %d\n", e.Word, e.Count)
	}

	partial := make(chan map[string]int)
	for _, d := range docs {
		go func(d string) {
			m := map[string]int{}
			for _, w := range words(d) {
				m[w]++
			}
			partial <- m
		}(d)
	}
	merged := map[string]int{}
	for range docs {
		for w, c := range <-partial {
			merged[w] += c
		}
	}
	fmt.Println("merged equals shared:", fmt.Sprint(merged) == fmt.Sprint(shared.m))
	fmt.Println(top(merged, 3))
	fmt.Printf("%v\n", top(map[string]int{"don't": 2, "b": 2, "a": 1}, 10))
}
