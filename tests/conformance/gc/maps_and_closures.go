// Map keys and values, a map iterator whose keys are deleted during the loop, closures' captured
// variables and bound method values all survive collections.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func churn() int {
	n := 0
	for i := 0; i < 3000; i++ {
		parts := make([]string, 0, 4)
		for j := 0; j < 4; j++ {
			parts = append(parts, fmt.Sprint("garbage-", i, "-", j))
		}
		m := map[int][]int{i: make([]int, 100)}
		n += len(parts) + len(m[i])
	}
	return n
}

type counter struct {
	name string
	n    int
}

func (c *counter) inc() string {
	c.n++
	return fmt.Sprint(c.name, "=", c.n)
}

func makeCounter(prefix string) func() string {
	count := 0
	history := []string{}
	return func() string {
		count++
		history = append(history, fmt.Sprint(prefix, count))
		return strings.Join(history, "+")
	}
}

func main() {
	m := map[string][]*counter{}
	for i := 0; i < 20; i++ {
		k := fmt.Sprint("key", i%5)
		m[k] = append(m[k], &counter{name: fmt.Sprint("c", i)})
	}
	next := makeCounter(fmt.Sprint("step", "-"))
	inc := (&counter{name: fmt.Sprint("bound")}).inc
	next()
	inc()
	deleted := 0
	visited := []string{}
	for k, v := range m {
		churn()
		for other := range m {
			if other != k && deleted < 2 {
				delete(m, other)
				deleted++
			}
		}
		visited = append(visited, fmt.Sprint(len(v), v[0].name != ""))
	}
	sort.Strings(visited)
	fmt.Println(len(m), deleted, len(visited) >= 3, visited[0])
	fmt.Println("churn:", churn())
	fmt.Println(next(), inc())
	full := 0
	for k, v := range m {
		if strings.HasPrefix(k, "key") && len(v) == 4 && strings.HasPrefix(v[3].name, "c") {
			full++
		}
	}
	fmt.Println(full)
}
