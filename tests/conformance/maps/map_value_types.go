// Maps of slices, of structs, of maps, of durations and of contexts; maps keyed by pointers and by
// channels; a map of structs must be replaced as a whole.
package main

import (
	"context"
	"fmt"
	"time"
)

type user struct{ name string }
type stat struct{ hits int }

func main() {
	groups := map[string][]string{}
	groups["x"] = append(groups["x"], "a")
	groups["x"] = append(groups["x"], "b")
	fmt.Println(groups, len(groups["nope"]))

	stats := map[string]stat{"home": {1}}
	s := stats["home"]
	s.hits++
	stats["home"] = s
	fmt.Println(stats)

	nested := map[string]map[string]int{"a": {"x": 1}}
	nested["a"]["y"] = 2
	fmt.Println(nested)

	waits := map[string]time.Duration{"fast": 80 * time.Millisecond, "slow": 1500 * time.Millisecond}
	fmt.Println(waits)

	u1, u2 := &user{"ann"}, &user{"ann"}
	seen := map[*user]int{u1: 1, u2: 2}
	fmt.Println(len(seen), seen[u1], seen[u2])

	ch := make(chan int)
	owners := map[chan int]string{ch: "main"}
	fmt.Println(owners[ch])

	ctx, cancel := context.WithCancel(context.Background())
	ctxs := map[string]context.Context{"req": ctx}
	cancel()
	fmt.Println(ctxs["req"].Err())
}
