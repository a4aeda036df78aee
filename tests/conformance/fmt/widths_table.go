// A report table: left/right aligned columns, zero padding, precision, and widths from
// arguments (%*d, %-*s).
package main

import "fmt"

type row struct {
	name  string
	count int
	ratio float64
}

func main() {
	rows := []row{{"alpha", 3, 0.5}, {"beta-long-name", 12345, 12.3456}, {"γ", -7, -0.001}}
	fmt.Printf("%-15s|%6s|%8s\n", "NAME", "COUNT", "RATIO")
	for _, r := range rows {
		fmt.Printf("%-15s|%6d|%8.2f\n", r.name, r.count, r.ratio)
	}
	for _, r := range rows {
		fmt.Printf("%15s|%-6d|%+08.3f|%06d\n", r.name, r.count, r.ratio, r.count)
	}
	w := 10
	fmt.Printf("[%*d] [%-*d] [%*s] [%.*f]\n", w, 42, w, 42, -6, "ab", 2, 3.14159)
	fmt.Printf("[%5.1s] [%.3s] [%-5c] [%3c]\n", "xyz", "héllo", 'é', 'x')
	fmt.Printf("[% d] [% d] [%+d] [%x] [%X] [%08b]\n", 5, -5, 5, -255, 3054, 5)
}
