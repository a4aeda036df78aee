// runtime.NumGoroutine around a WaitGroup: workers are counted from their go statement until
// they return; after Wait and a short sleep only main is left.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	fmt.Println("start:", runtime.NumGoroutine())
	var wg sync.WaitGroup
	release := make(chan struct{})
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-release
		}()
	}
	time.Sleep(20 * time.Millisecond)
	fmt.Println("blocked:", runtime.NumGoroutine())
	close(release)
	wg.Wait()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("after wait:", runtime.NumGoroutine())
	fmt.Println(runtime.NumCPU() > 0, runtime.GOMAXPROCS(0) > 0, runtime.GOOS)
}
