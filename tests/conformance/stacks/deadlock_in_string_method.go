// stack: full
package main

import "fmt"

type Meter struct{ readings chan int }

func (m Meter) String() string {
	return fmt.Sprint("meter at ", <-m.readings)
}

func report(m Meter) {
	fmt.Println("report:", m)
}

func main() {
	m := Meter{make(chan int, 1)}
	m.readings <- 7
	report(m)
	report(m)
}
