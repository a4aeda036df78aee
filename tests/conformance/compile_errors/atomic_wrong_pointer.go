// sync/atomic's functions take pointers of exact types: an *int is not an *int64.
package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var hits int
	var total int64
	atomic.AddInt64(&hits, 1)
	atomic.AddInt64(total, 1)
	atomic.AddInt32(&total, 1)
	var n atomic.Int64
	n.Add(int32(1))
	fmt.Println(hits, total, n.Load())
}
