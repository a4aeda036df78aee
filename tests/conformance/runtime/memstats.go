// runtime.ReadMemStats: the counters move as Go's do (collections counted, allocation totals only
// grow, live objects counted), whatever their exact values.
package main

import (
	"fmt"
	"runtime"
)

var keep [][]byte

func main() {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for i := 0; i < 1000; i++ {
		b := make([]byte, 1024)
		if i%10 == 0 {
			keep = append(keep, b)
		}
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Println("collections counted:", after.NumGC > before.NumGC)
	fmt.Println("total grows:", after.TotalAlloc > before.TotalAlloc, after.Mallocs > before.Mallocs)
	fmt.Println("frees counted:", after.Frees > before.Frees, after.Mallocs >= after.Frees)
	fmt.Println("heap in use:", after.HeapAlloc > 0, after.HeapAlloc == after.Alloc, after.HeapObjects > 0)
	fmt.Println("sys covers heap:", after.Sys >= after.HeapAlloc, after.HeapSys >= after.HeapInuse)
	fmt.Println("stack in use:", after.StackInuse > 0, "next gc ahead:", after.NextGC > 0)
	fmt.Println(len(keep))
}
