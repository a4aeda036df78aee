package main

import (
	"fmt"
	"time"
)

// "Google Search 3.0" from Rob Pike's talk with fixed fake latencies: each kind of search is
// replicated, the fastest replica wins, and the whole query has a deadline.
type Result string
type Search func(query string) Result

func fakeSearch(kind string, latency time.Duration) Search {
	return func(query string) Result {
		time.Sleep(latency)
		return Result(fmt.Sprintf("%s result for %q (%v)", kind, query, latency))
	}
}

func First(query string, replicas ...Search) Result {
	c := make(chan Result, len(replicas))
	searchReplica := func(i int) { c <- replicas[i](query) }
	for i := range replicas {
		go searchReplica(i)
	}
	return <-c
}

func Google(query string, timeout time.Duration) (results []Result) {
	c := make(chan Result, 3)
	go func() { c <- First(query, fakeSearch("web", 60*time.Millisecond), fakeSearch("web", 20*time.Millisecond)) }()
	go func() { c <- First(query, fakeSearch("image", 30*time.Millisecond), fakeSearch("image", 90*time.Millisecond)) }()
	go func() { c <- First(query, fakeSearch("video", 150*time.Millisecond), fakeSearch("video", 120*time.Millisecond)) }()
	deadline := time.After(timeout)
	for i := 0; i < 3; i++ {
		select {
		case r := <-c:
			results = append(results, r)
		case <-deadline:
			fmt.Println("timed out")
			return
		}
	}
	return
}

func main() {
	start := time.Now()
	results := Google("golang", 80*time.Millisecond)
	elapsed := time.Since(start).Round(20 * time.Millisecond)
	for _, r := range results {
		fmt.Println(r)
	}
	fmt.Println(len(results), "results in", elapsed)

	start = time.Now()
	results = Google("gophers", 200*time.Millisecond)
	fmt.Println(len(results), "results in", time.Since(start).Round(20*time.Millisecond))
	fmt.Println(results[len(results)-1])
}
