// Elements of a composite literal are separated by commas, also before a closing brace on the next line.
package main

func main() {
	m := map[string]int{
		"a": 1
	}
	_ = m
}