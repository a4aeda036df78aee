// Values that only a channel's buffer holds survive collections: strings, slices, pointers and
// structs sit in a buffered channel while the program makes garbage.
package main

import "fmt"

type node struct {
	name string
	next *node
}

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

func main() {
	strs := make(chan string, 10)
	slices := make(chan []int, 10)
	nodes := make(chan *node, 10)
	type pair struct {
		a, b string
	}
	pairs := make(chan pair, 10)
	for i := 0; i < 10; i++ {
		strs <- fmt.Sprint("string number ", i)
		s := make([]int, i+1)
		for j := range s {
			s[j] = i * j
		}
		slices <- s
		nodes <- &node{name: fmt.Sprint("n", i), next: &node{name: fmt.Sprint("m", i)}}
		pairs <- pair{fmt.Sprint("a", i), fmt.Sprint("b", i)}
	}
	fmt.Println("churn:", churn())
	for i := 0; i < 10; i++ {
		n := <-nodes
		p := <-pairs
		fmt.Println(<-strs, <-slices, n.name, n.next.name, p.a, p.b)
	}
}
