// Methods can only be declared on types of this package, not on sync.WaitGroup, time.Duration
// or int.
package main

import (
	"sync"
	"time"
)

func (wg *sync.WaitGroup) Finish() { wg.Done() }

func (d time.Duration) Half() time.Duration { return d / 2 }

func (n int) Double() int { return n * 2 }

func main() {}
