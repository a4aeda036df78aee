// Timer.Stop and Timer.Reset report whether the timer was active; a stopped timer does not fire.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("stop active:", t.Stop())
	fmt.Println("stop again:", t.Stop())
	fmt.Println("reset stopped:", t.Reset(20*time.Millisecond))
	<-t.C
	fmt.Println("fired after reset")
	fmt.Println("stop fired:", t.Stop())
	fmt.Println("reset fired:", t.Reset(10*time.Millisecond))
	fmt.Println("reset active:", t.Reset(30*time.Millisecond))
	<-t.C
	fmt.Println("fired once")

	s := time.NewTimer(20 * time.Millisecond)
	s.Stop()
	select {
	case <-s.C:
		fmt.Println("stopped timer fired")
	case <-time.After(60 * time.Millisecond):
		fmt.Println("stopped timer stayed quiet")
	}
}
