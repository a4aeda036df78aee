// Type switches: single-type cases bind the concrete type, multi-type cases keep the interface,
// nil case, default.
package main

import (
	"errors"
	"fmt"
)

type point struct{ x, y int }

func classify(v interface{}) string {
	switch t := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", t+1)
	case string:
		return "string of length " + fmt.Sprint(len(t))
	case bool, float64:
		return fmt.Sprintf("bool or float: %v", t)
	case error:
		return "error: " + t.Error()
	case point:
		return fmt.Sprintf("point x=%d", t.x)
	case *point:
		return fmt.Sprintf("*point y=%d", t.y)
	case []int:
		return fmt.Sprintf("slice len %d", len(t))
	default:
		return fmt.Sprintf("other %T", t)
	}
}

func main() {
	values := []interface{}{nil, 1, "hey", true, 2.5, errors.New("bad"), point{1, 2}, &point{3, 4}, []int{1}, 'r', map[string]int{}}
	for _, v := range values {
		fmt.Println(classify(v))
	}
}
