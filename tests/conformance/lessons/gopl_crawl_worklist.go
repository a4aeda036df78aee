package main

import (
	"fmt"
	"sort"
	"strings"
)

// crawl3 of "The Go Programming Language" (8.6) on a fake web: 4 long-lived crawler goroutines
// read unseen links, the main goroutine owns the worklist and the seen set; a counter of pending
// sends tells it when the crawl is over, so nothing is leaked.
var web = map[string][]string{
	"https://a.example":        {"https://a.example/docs", "https://b.example"},
	"https://a.example/docs":   {"https://a.example", "https://a.example/docs/1", "https://a.example/docs/2"},
	"https://a.example/docs/1": {"https://a.example/docs/2"},
	"https://a.example/docs/2": {"https://c.example"},
	"https://b.example":        {"https://c.example", "https://broken.example"},
	"https://c.example":        {},
}

func extract(url string) ([]string, error) {
	links, ok := web[url]
	if !ok {
		return nil, fmt.Errorf("get %s: no such host", url)
	}
	return links, nil
}

func main() {
	worklist := make(chan []string)
	unseenLinks := make(chan string)
	type failure struct{ url, err string }
	failures := make(chan failure, 10)
	n := 1
	go func() { worklist <- []string{"https://a.example"} }()

	for i := 0; i < 4; i++ {
		go func() {
			for link := range unseenLinks {
				found, err := extract(link)
				if err != nil {
					failures <- failure{link, err.Error()}
				}
				go func() { worklist <- found }()
			}
		}()
	}

	seen := make(map[string]bool)
	var order []string
	for ; n > 0; n-- {
		list := <-worklist
		for _, link := range list {
			if !seen[link] {
				seen[link] = true
				order = append(order, link)
				n++
				unseenLinks <- link
			}
		}
	}
	close(unseenLinks)
	close(failures)
	sort.Strings(order)
	fmt.Println(len(order), "pages:")
	for _, u := range order {
		fmt.Println("  " + strings.TrimPrefix(u, "https://"))
	}
	for f := range failures {
		fmt.Println("failed:", f.url, "-", f.err)
	}
}
