// Library functions that call back into Go (String methods while printing, sort.Slice's less)
// hold their arguments while the callbacks allocate.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type point struct {
	x, y int
	tag  string
}

func (p point) String() string {
	parts := []string{}
	for i := 0; i < 50; i++ {
		parts = append(parts, fmt.Sprint(i))
	}
	return fmt.Sprintf("(%d,%d %s %d)", p.x, p.y, p.tag, len(strings.Join(parts, "")))
}

func main() {
	pts := []point{}
	for i := 0; i < 200; i++ {
		pts = append(pts, point{i % 7, i, fmt.Sprint("t", i)})
	}
	sort.Slice(pts, func(i, j int) bool {
		a := fmt.Sprint(pts[i].x, "-", pts[i].tag)
		b := fmt.Sprint(pts[j].x, "-", pts[j].tag)
		return a < b
	})
	fmt.Println(pts[0], pts[1], pts[199])
	fmt.Println(fmt.Sprint(pts[:3]))
	var sb strings.Builder
	for _, p := range pts[:20] {
		sb.WriteString(p.String())
	}
	fmt.Println(sb.Len())
}
