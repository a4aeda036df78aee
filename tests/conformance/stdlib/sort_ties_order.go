// sort.Slice and sort.Sort are not stable: elements with equal keys end up in the order Go's
// pattern-defeating quicksort leaves them (insertion sort up to 12 elements, then pivots,
// partitions and pattern breaking); sort.SliceStable keeps their input order.
package main

import (
	"fmt"
	"math/rand"
	"sort"
)

type item struct{ key, id int }

type byKey []item

func (b byKey) Len() int           { return len(b) }
func (b byKey) Less(i, j int) bool { return b[i].key < b[j].key }
func (b byKey) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func ids(xs []item) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = x.id
	}
	return out
}

func main() {
	r := rand.New(rand.NewSource(3))
	for _, n := range []int{10, 13, 30, 60, 130} {
		xs := make([]item, n)
		for i := range xs {
			xs[i] = item{r.Intn(1 + n/4), i}
		}
		ys := append([]item(nil), xs...)
		zs := append([]item(nil), xs...)
		sort.Slice(xs, func(i, j int) bool { return xs[i].key < xs[j].key })
		sort.Sort(byKey(ys))
		sort.SliceStable(zs, func(i, j int) bool { return zs[i].key < zs[j].key })
		fmt.Println(n, ids(xs))
		fmt.Println(n, ids(ys))
		fmt.Println(n, ids(zs))
	}
	desc := make([]item, 70)
	for i := range desc {
		desc[i] = item{(70 - i) / 3, i}
	}
	sort.Slice(desc, func(i, j int) bool { return desc[i].key < desc[j].key })
	fmt.Println(ids(desc))
}
