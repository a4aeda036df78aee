// sort.Slice by several keys, sort.SliceStable keeping the order of equals, sort.Sort on a
// user type, sort.Reverse, sort.Search and the Ints/Strings helpers.
package main

import (
	"fmt"
	"sort"
)

type Task struct {
	Name     string
	Priority int
}

type byName []Task

func (b byName) Len() int           { return len(b) }
func (b byName) Less(i, j int) bool { return b[i].Name < b[j].Name }
func (b byName) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	tasks := []Task{{"write", 2}, {"test", 1}, {"deploy", 3}, {"review", 2}, {"plan", 1}}
	sort.Slice(tasks, func(i, j int) bool {
		if tasks[i].Priority != tasks[j].Priority {
			return tasks[i].Priority < tasks[j].Priority
		}
		return tasks[i].Name < tasks[j].Name
	})
	fmt.Println(tasks)
	stable := []Task{{"a", 2}, {"b", 1}, {"c", 2}, {"d", 1}}
	sort.SliceStable(stable, func(i, j int) bool { return stable[i].Priority < stable[j].Priority })
	fmt.Println(stable)
	sort.Sort(byName(tasks))
	fmt.Println(tasks)
	sort.Sort(sort.Reverse(byName(tasks)))
	fmt.Println(tasks)
	nums := []int{5, 2, 8, 1, 9, 3}
	sort.Ints(nums)
	fmt.Println(nums, sort.SearchInts(nums, 8), sort.SearchInts(nums, 4), sort.IntsAreSorted(nums))
	words := []string{"pear", "apple", "fig"}
	sort.Strings(words)
	fmt.Println(words, sort.StringsAreSorted(words))
	i := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(i)
	fl := []float64{2.5, -1, 3}
	sort.Float64s(fl)
	fmt.Println(fl)
	sort.Sort(sort.Reverse(sort.IntSlice(nums)))
	fmt.Println(nums)
}
