// Another package's struct types cannot be built with unkeyed fields that are unexported, nor
// name those fields.
package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	wg := sync.WaitGroup{1}
	mu := sync.Mutex{state: 0}
	once := sync.Once{}
	r := strings.NewReplacer("a", "b")
	var rr strings.Replacer = *r
	fmt.Println(wg, mu, once, rr.Replace("a"), strings.Builder{})
}
