// append and copy of struct elements copy the values: the new slice never shares an element with
// the old one once the backing array grew, and copy overwrites in place.
package main

import "fmt"

type item struct{ key, id int }

func main() {
	xs := []item{{1, 1}, {2, 2}}
	ys := append([]item(nil), xs...)
	ys[0].key = 99
	ys[1] = item{7, 7}
	fmt.Println(xs, ys)
	zs := make([]item, 2)
	copy(zs, xs)
	zs[0].id = 50
	fmt.Println(xs, zs)
	ws := append(xs[:1], xs[1])
	ws[1].key = 42
	fmt.Println(xs, ws)
	arr := [2]item{{1, 1}, {2, 2}}
	s := arr[:]
	s[0].key = 5
	fmt.Println(arr)
	bs := append([]item{}, arr[:]...)
	bs[1].key = 8
	fmt.Println(arr, bs)
	m := map[int]item{1: {1, 1}}
	v := m[1]
	v.key = 3
	fmt.Println(m, v)
	ch := make(chan item, 1)
	it := item{4, 4}
	ch <- it
	it.key = 40
	fmt.Println(<-ch, it)
}
