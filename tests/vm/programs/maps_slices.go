package main

import (
	"fmt"
	"sort"
	"strconv"
)

func main() {
	m := map[string]int{}
	for _, w := range []string{"go", "is", "go", "fun", "go"} {
		m[w]++
	}
	fmt.Println(m, len(m))
	v, ok := m["nope"]
	fmt.Println(v, ok)
	delete(m, "is")
	keys := make([]string, 0)
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	s := []int{5, 2, 8, 1}
	sort.Ints(s)
	fmt.Println(s, s[1:3], len(s[:2]), cap(s[2:]))
	t := s[:2]
	t = append(t, 99)
	fmt.Println(s, t)
	var arr [3]int
	arr[1] = 7
	brr := arr
	brr[0] = 1
	fmt.Println(arr, brr, len(arr))
	grid := [][]string{{"a", "b"}, {"c"}}
	fmt.Println(grid, len(grid[1]))
	n := copy(s, []int{0, 0})
	fmt.Println(n, s)
	people := []struct {
		Name string
		Age  int
	}{{"bob", 30}, {"al", 25}, {"cy", 35}}
	sort.Slice(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	x, err := strconv.Atoi("12x")
	fmt.Println(x, err)
	y, _ := strconv.Atoi("-34")
	fmt.Println(y+1, strconv.Itoa(99)+"!", strconv.Quote("hi\n"))
	for i, r := range "héllo" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	bs := []byte("abc")
	bs[0] = 'X'
	fmt.Println(string(bs), []rune("hé"), len("hé"))
	var nilmap map[string]int
	fmt.Println(nilmap["x"], len(nilmap), nilmap == nil)
	var i8 int8 = 127
	i8++
	var u uint8 = 0
	u--
	fmt.Println(i8, u, 7/2, -7/2, 7%3, -7%3, 1<<10, 0x1F&^0x3)
}
