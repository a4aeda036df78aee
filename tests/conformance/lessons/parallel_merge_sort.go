package main

import (
	"fmt"
	"math/rand"
	"sort"
	"sync"
)

// Parallel merge sort: each half is sorted in its own goroutine down to a cut-off depth, below
// which plain recursion is faster. A counter shows how many goroutines the depth limit allowed.
var spawned int
var spawnMu sync.Mutex

func merge(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] <= b[j] {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

func mergeSort(xs []int, depth int) []int {
	if len(xs) <= 1 {
		return xs
	}
	mid := len(xs) / 2
	var left, right []int
	if depth > 0 {
		var wg sync.WaitGroup
		wg.Add(1)
		spawnMu.Lock()
		spawned++
		spawnMu.Unlock()
		go func() {
			defer wg.Done()
			left = mergeSort(xs[:mid], depth-1)
		}()
		right = mergeSort(xs[mid:], depth-1)
		wg.Wait()
	} else {
		left, right = mergeSort(xs[:mid], 0), mergeSort(xs[mid:], 0)
	}
	return merge(left, right)
}

func main() {
	rng := rand.New(rand.NewSource(2024))
	xs := make([]int, 5000)
	for i := range xs {
		xs[i] = rng.Intn(100000)
	}
	want := append([]int(nil), xs...)
	sort.Ints(want)
	for _, depth := range []int{0, 1, 3, 6} {
		spawned = 0
		got := mergeSort(xs, depth)
		same := len(got) == len(want)
		for i := range got {
			same = same && got[i] == want[i]
		}
		fmt.Printf("depth %d: %d goroutines, sorted correctly: %v\n", depth, spawned, same)
	}
	fmt.Println(want[:5], want[len(want)-3:], sort.IntsAreSorted(want), xs[:3])
}
