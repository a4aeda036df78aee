// Methods the library calls back run to their end however long they take: String and Error
// while printing, Write under Fprintf, sort.SliceStable's less.
package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
)

type sum struct{ n int }

func (s sum) String() string {
	t := 0
	for i := 0; i < s.n; i++ {
		t += i % 7
	}
	return fmt.Sprint("sum(", s.n, ")=", t)
}

type slowErr struct{ n int }

func (e slowErr) Error() string {
	msg := ""
	for i := 0; i < e.n; i++ {
		if i%20000 == 0 {
			msg += "."
		}
	}
	return "slow" + msg
}

type counter struct{ bytes, loops int }

func (c *counter) Write(p []byte) (int, error) {
	for i := 0; i < 100000; i++ {
		c.loops++
	}
	c.bytes += len(p)
	return len(p), nil
}

func main() {
	fmt.Println(sum{10}, sum{300000})
	fmt.Printf("%v|%s\n", slowErr{100000}, error(slowErr{200000}))
	err := fmt.Errorf("wrapped: %w", slowErr{60000})
	fmt.Println(err, errors.Is(err, slowErr{60000}))
	c := &counter{}
	fmt.Fprintf(c, "%v %v\n", sum{50000}, sum{5})
	fmt.Println(c.bytes, c.loops)
	xs := []int{5, 2, 8, 1, 9, 3}
	sort.SliceStable(xs, func(i, j int) bool {
		k := 0
		for n := 0; n < 30000; n++ {
			k += n
		}
		return xs[i] < xs[j] && k > 0
	})
	fmt.Fprintln(os.Stdout, xs)
}
