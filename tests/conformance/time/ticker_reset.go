// A Ticker delivers ticks until stopped; a stopped ticker restarts with Reset.
package main

import (
	"fmt"
	"time"
)

func main() {
	tk := time.NewTicker(20 * time.Millisecond)
	for i := 1; i <= 3; i++ {
		<-tk.C
		fmt.Println("tick", i)
	}
	tk.Stop()
	select {
	case <-tk.C:
		fmt.Println("tick after stop")
	case <-time.After(70 * time.Millisecond):
		fmt.Println("no ticks while stopped")
	}
	tk.Reset(15 * time.Millisecond)
	<-tk.C
	fmt.Println("ticking again")
	tk.Stop()
	fmt.Printf("%T %d\n", tk.C, cap(tk.C))
}
